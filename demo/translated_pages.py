"""The information pages in each of the site's other languages (machine-drafted,
for community review, like the interface catalogues)."""

# Translations legitimately use characters that look like Latin letters or ASCII
# punctuation (Cyrillic, Urdu full stop, CJK punctuation, en dashes).
# ruff: noqa: RUF001

TRANSLATED_PAGES = {
    "ar": {
        "get-a-hand": {
            "title": "احصل على مساعدة لتكون على تواصل",
            "search_description": "تحدّث مع منسّق مجتمعي عمّا يهمّك.",
            "introduction": (
                "يساعدك منسّقونا المجتمعيون على إيجاد أنشطة وأشخاص يناسبونك. ويمكنهم مرافقتك في "
                "المرة الأولى، ومساعدتك في أمور مثل المواصلات أو التكلفة أو اللغة."
            ),
            "body": [
                ("heading", "كيف تتواصل معنا"),
                (
                    "paragraph",
                    "<p>اتصل على 020 7946 0142، من الاثنين إلى الجمعة، من 9 صباحًا حتى 5 "
                    "مساءً، أو راسلنا على connect@kellbrook.example.</p>"
                    "<p>يمكنك أن تطلب المساعدة لنفسك، أو لشخص آخر إذا وافق على ذلك.</p>"
                    '<p><a href="/ar/get-a-hand/start/">اطلب المساعدة عبر الإنترنت</a>: '
                    "يستغرق ذلك نحو 5 دقائق.</p>",
                ),
                ("heading", "ماذا يحدث بعد ذلك"),
                (
                    "paragraph",
                    "<p>سيتواصل معك منسّق مجتمعي خلال 5 أيام عمل، بالطريقة التي تفضّلها. "
                    "وسيسألك عمّا تحب القيام به، وما الذي تودّ أن تفعل منه أكثر.</p>",
                ),
            ],
        },
        "privacy": {
            "title": "إشعار الخصوصية",
            "search_description": "كيف يستخدم مجلس Kellbrook المعلومات على هذا الموقع.",
            "introduction": "يوضّح هذا الإشعار المعلومات التي يجمعها هذا الموقع وسبب جمعها.",
            "body": [
                ("heading", "ما الذي نجمعه"),
                (
                    "paragraph",
                    "<p>لا يستخدم هذا الموقع ملفات تعريف الارتباط (cookies) الخاصة بالتتبّع "
                    "أو الإعلانات. ويحتفظ خادم الموقع بسجلات تقنية لمدة 30 يومًا للحفاظ على "
                    "أمان الموقع.</p>",
                ),
                ("heading", "حقوقك"),
                (
                    "paragraph",
                    "<p>يمكنك أن تطلب الاطلاع على المعلومات التي نحتفظ بها عنك، أو أن تطلب "
                    "منا تصحيحها أو حذفها. راسلنا على dataprotection@kellbrook.example.</p>",
                ),
            ],
        },
        "accessibility": {
            "title": "بيان إمكانية الوصول",
            "search_description": "مدى سهولة الوصول إلى هذا الموقع واستخدامه، وكيف تبلّغ عن مشكلة.",
            "introduction": "نريد أن يتمكّن أكبر عدد ممكن من الناس من استخدام هذا الموقع.",
            "body": [
                (
                    "paragraph",
                    "<p>يُفترض أن تتمكّن من تكبير الصفحة حتى 400% دون أن يخرج النص عن حدود "
                    "الشاشة، وأن تتنقّل في الموقع كله باستخدام لوحة المفاتيح أو برامج التعرّف "
                    "على الكلام، وأن تستمع إليه باستخدام برنامج لقراءة الشاشة.</p>"
                    "<p>يعمل الموقع دون JavaScript، وهو متاح بـ 11 لغة.</p>",
                ),
                ("heading", "الإبلاغ عن مشكلة"),
                (
                    "paragraph",
                    "<p>إذا واجهت مشكلة، راسلنا على accessibility@kellbrook.example أو اتصل "
                    "على 020 7946 0142.</p>",
                ),
            ],
        },
    },
    "ur": {
        "get-a-hand": {
            "title": "لوگوں سے جُڑنے میں مدد لیں",
            "search_description": (
                "جو باتیں آپ کے لیے اہم ہیں، ان کے بارے میں کمیونٹی کنیکٹر سے بات کریں۔"
            ),
            "introduction": (
                "ہمارے کمیونٹی کنیکٹر آپ کو ایسی سرگرمیاں اور لوگ تلاش کرنے میں مدد دیتے ہیں جو "
                "آپ کو پسند آئیں۔ وہ پہلی بار آپ کے ساتھ جا سکتے ہیں، اور آنے جانے، خرچ یا زبان "
                "جیسی باتوں میں بھی مدد کر سکتے ہیں۔"
            ),
            "body": [
                ("heading", "ہم سے رابطہ کیسے کریں"),
                (
                    "paragraph",
                    "<p>پیر سے جمعہ، صبح 9 سے شام 5 بجے تک 020 7946 0142 پر کال کریں، یا "
                    "connect@kellbrook.example پر ای میل کریں۔</p>"
                    "<p>آپ اپنے لیے پوچھ سکتے ہیں، یا کسی اور کے لیے بھی، اگر اس نے اتفاق کیا "
                    "ہو۔</p>"
                    '<p><a href="/ur/get-a-hand/start/">آن لائن درخواست دیں</a>: اس میں '
                    "تقریباً 5 منٹ لگتے ہیں۔</p>",
                ),
                ("heading", "اس کے بعد کیا ہوگا"),
                (
                    "paragraph",
                    "<p>ایک کنیکٹر 5 کام کے دنوں میں آپ کے پسندیدہ طریقے سے آپ سے رابطہ کرے "
                    "گا۔ وہ آپ سے پوچھے گا کہ آپ کو کیا کرنا اچھا لگتا ہے اور آپ کون سی چیزیں "
                    "زیادہ کرنا چاہیں گے۔</p>",
                ),
            ],
        },
        "privacy": {
            "title": "پرائیویسی نوٹس",
            "search_description": "Kellbrook کونسل اس ویب سائٹ پر معلومات کیسے استعمال کرتی ہے۔",
            "introduction": "یہ نوٹس بتاتا ہے کہ یہ ویب سائٹ کون سی معلومات جمع کرتی ہے اور کیوں۔",
            "body": [
                ("heading", "ہم کیا جمع کرتے ہیں"),
                (
                    "paragraph",
                    "<p>یہ ویب سائٹ ٹریکنگ یا اشتہاری کوکیز استعمال نہیں کرتی۔ سائٹ کو محفوظ "
                    "رکھنے کے لیے ہمارا ویب سرور تکنیکی لاگز 30 دن تک رکھتا ہے۔</p>",
                ),
                ("heading", "آپ کے حقوق"),
                (
                    "paragraph",
                    "<p>آپ وہ معلومات دیکھنے کی درخواست کر سکتے ہیں جو ہمارے پاس آپ کے بارے "
                    "میں ہیں، یا ہم سے کہہ سکتے ہیں کہ انہیں درست کریں یا مٹا دیں۔ "
                    "dataprotection@kellbrook.example پر ای میل کریں۔</p>",
                ),
            ],
        },
        "accessibility": {
            "title": "رسائی کا بیان",
            "search_description": "یہ ویب سائٹ کتنی قابلِ رسائی ہے اور مسئلے کی اطلاع کیسے دیں۔",
            "introduction": "ہم چاہتے ہیں کہ زیادہ سے زیادہ لوگ اس ویب سائٹ کو استعمال کر سکیں۔",
            "body": [
                (
                    "paragraph",
                    "<p>آپ کو اس قابل ہونا چاہیے کہ متن کو 400% تک بڑا کر سکیں اور وہ اسکرین "
                    "سے باہر نہ نکلے، پوری ویب سائٹ کو کی بورڈ یا آواز پہچاننے والے سافٹ ویئر "
                    "سے استعمال کر سکیں، اور اسکرین ریڈر کے ذریعے اسے سن سکیں۔</p>"
                    "<p>یہ ویب سائٹ JavaScript کے بغیر کام کرتی ہے اور 11 زبانوں میں دستیاب "
                    "ہے۔</p>",
                ),
                ("heading", "مسئلے کی اطلاع دینا"),
                (
                    "paragraph",
                    "<p>اگر آپ کو کوئی مسئلہ نظر آئے تو accessibility@kellbrook.example پر ای "
                    "میل کریں یا 020 7946 0142 پر کال کریں۔</p>",
                ),
            ],
        },
    },
    "bn": {
        "get-a-hand": {
            "title": "মানুষের সাথে যুক্ত হতে সাহায্য নিন",
            "search_description": "কমিউনিটি কানেক্টরকে জানান, কী আপনার কাছে জরুরি।",
            "introduction": (
                "আমাদের কমিউনিটি কানেক্টররা আপনার পছন্দমতো কার্যক্রম ও মানুষ খুঁজে পেতে সাহায্য "
                "করেন। তাঁরা প্রথমবার আপনার সঙ্গে যেতে পারেন, আর যাতায়াত, খরচ বা ভাষার মতো "
                "বিষয়েও সাহায্য করতে পারেন।"
            ),
            "body": [
                ("heading", "কীভাবে যোগাযোগ করবেন"),
                (
                    "paragraph",
                    "<p>সোমবার থেকে শুক্রবার, সকাল 9টা থেকে বিকেল 5টার মধ্যে 020 7946 0142 "
                    "নম্বরে ফোন করুন, অথবা connect@kellbrook.example ঠিকানায় ইমেইল করুন।</p>"
                    "<p>আপনি নিজের জন্য চাইতে পারেন, অথবা অন্য কারও জন্যও, যদি তিনি সম্মতি "
                    "দিয়ে থাকেন।</p>"
                    '<p><a href="/bn/get-a-hand/start/">অনলাইনে অনুরোধ করুন</a>: এতে প্রায় 5 '
                    "মিনিট লাগে।</p>",
                ),
                ("heading", "এরপর কী হবে"),
                (
                    "paragraph",
                    "<p>একজন কানেক্টর 5 কর্মদিবসের মধ্যে আপনার পছন্দের উপায়ে আপনার সাথে "
                    "যোগাযোগ করবেন। তিনি জানতে চাইবেন আপনি কী করতে ভালোবাসেন, আর কোন কাজগুলো "
                    "আরও বেশি করতে চান।</p>",
                ),
            ],
        },
        "privacy": {
            "title": "গোপনীয়তা বিজ্ঞপ্তি",
            "search_description": "Kellbrook কাউন্সিল এই ওয়েবসাইটে তথ্য কীভাবে ব্যবহার করে।",
            "introduction": "এই বিজ্ঞপ্তিতে জানানো হয়েছে এই ওয়েবসাইট কী তথ্য সংগ্রহ করে এবং কেন।",
            "body": [
                ("heading", "আমরা কী সংগ্রহ করি"),
                (
                    "paragraph",
                    "<p>এই ওয়েবসাইট ট্র্যাকিং বা বিজ্ঞাপনের কুকি ব্যবহার করে না। সাইটটি "
                    "সুরক্ষিত রাখতে আমাদের ওয়েব সার্ভার 30 দিন পর্যন্ত প্রযুক্তিগত লগ "
                    "রাখে।</p>",
                ),
                ("heading", "আপনার অধিকার"),
                (
                    "paragraph",
                    "<p>আমরা আপনার সম্পর্কে যে তথ্য রাখি তা আপনি দেখতে চাইতে পারেন, অথবা তা "
                    "সংশোধন বা মুছে ফেলতে আমাদের বলতে পারেন। dataprotection@kellbrook.example "
                    "ঠিকানায় ইমেইল করুন।</p>",
                ),
            ],
        },
        "accessibility": {
            "title": "অ্যাক্সেসিবিলিটি বিবৃতি",
            "search_description": "ওয়েবসাইটটি কতটা সহজে ব্যবহার করা যায় ও সমস্যা কীভাবে জানাবেন।",
            "introduction": "আমরা চাই যত বেশি সম্ভব মানুষ এই ওয়েবসাইট ব্যবহার করতে পারুন।",
            "body": [
                (
                    "paragraph",
                    "<p>আপনার এগুলো করতে পারা উচিত: লেখা স্ক্রিনের বাইরে চলে না গিয়ে 400% "
                    "পর্যন্ত জুম করা, কিবোর্ড বা স্পিচ রিকগনিশন সফটওয়্যার দিয়ে পুরো "
                    "ওয়েবসাইটে চলাফেরা করা, এবং স্ক্রিন রিডার দিয়ে তা শোনা।</p>"
                    "<p>ওয়েবসাইটটি JavaScript ছাড়াই কাজ করে এবং 11টি ভাষায় পাওয়া যায়।</p>",
                ),
                ("heading", "সমস্যা জানানো"),
                (
                    "paragraph",
                    "<p>কোনো সমস্যা পেলে accessibility@kellbrook.example ঠিকানায় ইমেইল করুন "
                    "অথবা 020 7946 0142 নম্বরে ফোন করুন।</p>",
                ),
            ],
        },
    },
    "so": {
        "get-a-hand": {
            "title": "Hel caawimaad si aad ugu xirmto bulshada",
            "search_description": (
                "La hadal isku-xiraha bulshada oo kala hadal waxa adiga kuu muhiimka ah."
            ),
            "introduction": (
                "Isku-xirayaasha bulshada ayaa kaa caawiya inaad hesho hawlo iyo dad kugu "
                "habboon. Waxay kula raaci karaan marka ugu horreysa, waxayna kaa caawin karaan "
                "arrimaha sida gaadiidka, kharashka ama luqadda."
            ),
            "body": [
                ("heading", "Sida aad nala soo xiriiri karto"),
                (
                    "paragraph",
                    "<p>Wac 020 7946 0142, Isniinta ilaa Jimcaha, 9 subaxnimo ilaa 5 "
                    "galabnimo, ama iimayl u dir connect@kellbrook.example.</p>"
                    "<p>Waxaad codsan kartaa naftaada, ama qof kale haddii uu oggolaaday.</p>"
                    '<p><a href="/so/get-a-hand/start/">Ka codso onlayn</a>: waxay '
                    "qaadanaysaa qiyaastii 5 daqiiqo.</p>",
                ),
                ("heading", "Maxaa xiga"),
                (
                    "paragraph",
                    "<p>Isku-xiraha ayaa kula soo xiriiri doona 5 maalmood oo shaqo gudahood, "
                    "sida aad doorbidayso. Wuxuu ku weydiin doonaa waxa aad jeceshahay iyo "
                    "waxa aad jeclaan lahayd inaad in ka badan samayso.</p>",
                ),
            ],
        },
        "privacy": {
            "title": "Ogeysiiska asturnaanta",
            "search_description": "Sida Golaha Kellbrook u isticmaalo macluumaadka mareegtan.",
            "introduction": (
                "Ogeysiiskan wuxuu sharxayaa macluumaadka ay mareegtani ururiso iyo sababta."
            ),
            "body": [
                ("heading", "Waxa aan ururinno"),
                (
                    "paragraph",
                    "<p>Mareegtani ma isticmaasho cookies raad-raac ama xayaysiis ah. "
                    "Server-keenna wuxuu kaydiyaa diiwaanno farsamo muddo 30 maalmood ah si "
                    "mareegta loo sugo.</p>",
                ),
                ("heading", "Xuquuqdaada"),
                (
                    "paragraph",
                    "<p>Waxaad codsan kartaa inaad aragto macluumaadka aan kaa hayno, ama "
                    "waxaad naga codsan kartaa inaan saxno ama tirtirno. Iimayl u dir "
                    "dataprotection@kellbrook.example.</p>",
                ),
            ],
        },
        "accessibility": {
            "title": "Bayaanka helitaanka",
            "search_description": (
                "Inta ay mareegtani u fudud tahay isticmaalka iyo sida dhibaato loo soo sheego."
            ),
            "introduction": (
                "Waxaan doonaynaa in dad intii karaankeed ah ay isticmaali karaan mareegtan."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Waa inaad awood u leedahay inaad weyneyso ilaa 400% iyadoon qoraalku "
                    "shaashadda ka baxin, inaad mareegta oo dhan ku dhex socoto adigoo "
                    "isticmaalaya kiiboodh ama barnaamij codka aqoonsada, iyo inaad "
                    "dhegaysato adigoo isticmaalaya aalad shaashadda akhrisa.</p>"
                    "<p>Mareegtu waxay shaqaysaa JavaScript la'aan, waxayna ku diyaar tahay "
                    "11 luqadood.</p>",
                ),
                ("heading", "Soo sheegista dhibaato"),
                (
                    "paragraph",
                    "<p>Haddii aad dhibaato aragto, iimayl u dir "
                    "accessibility@kellbrook.example ama wac 020 7946 0142.</p>",
                ),
            ],
        },
    },
    "tr": {
        "get-a-hand": {
            "title": "Bir araya gelmek için yardım alın",
            "search_description": (
                "Sizin için önemli olan konularda bir topluluk rehberiyle konuşun."
            ),
            "introduction": (
                "Topluluk rehberlerimiz, size uygun etkinlikleri ve insanları bulmanıza yardımcı "
                "olur. İlk seferinde sizinle birlikte gelebilir, ulaşım, masraf ya da dil gibi "
                "konularda da yardımcı olabilirler."
            ),
            "body": [
                ("heading", "Bize nasıl ulaşabilirsiniz"),
                (
                    "paragraph",
                    "<p>Pazartesiden cumaya 09.00-17.00 arasında 020 7946 0142 numarasını "
                    "arayın ya da connect@kellbrook.example adresine e-posta gönderin.</p>"
                    "<p>Kendiniz için ya da onayını aldığınız başka biri için "
                    "başvurabilirsiniz.</p>"
                    '<p><a href="/tr/get-a-hand/start/">Çevrimiçi başvurun</a>: yaklaşık 5 '
                    "dakika sürer.</p>",
                ),
                ("heading", "Sonra ne olacak"),
                (
                    "paragraph",
                    "<p>Bir topluluk rehberi, 5 iş günü içinde tercih ettiğiniz yolla sizinle "
                    "iletişime geçecek. Size neyden hoşlandığınızı ve neyi daha çok yapmak "
                    "istediğinizi soracak.</p>",
                ),
            ],
        },
        "privacy": {
            "title": "Gizlilik bildirimi",
            "search_description": (
                "Kellbrook Belediyesi bu web sitesindeki bilgileri nasıl kullanıyor?"
            ),
            "introduction": (
                "Bu bildirim, bu web sitesinin hangi bilgileri topladığını ve neden topladığını "
                "açıklar."
            ),
            "body": [
                ("heading", "Neleri topluyoruz"),
                (
                    "paragraph",
                    "<p>Bu web sitesi izleme ya da reklam çerezleri kullanmaz. Web sunucumuz, "
                    "siteyi güvende tutmak için teknik kayıtları 30 gün boyunca saklar.</p>",
                ),
                ("heading", "Haklarınız"),
                (
                    "paragraph",
                    "<p>Hakkınızda tuttuğumuz bilgileri görmek isteyebilir ya da bunları "
                    "düzeltmemizi veya silmemizi isteyebilirsiniz. "
                    "dataprotection@kellbrook.example adresine e-posta gönderin.</p>",
                ),
            ],
        },
        "accessibility": {
            "title": "Erişilebilirlik beyanı",
            "search_description": (
                "Bu web sitesinin ne kadar erişilebilir olduğu ve bir sorunu nasıl "
                "bildirebileceğiniz."
            ),
            "introduction": "Bu web sitesini olabildiğince çok kişinin kullanabilmesini istiyoruz.",
            "body": [
                (
                    "paragraph",
                    "<p>Metin ekrandan taşmadan sayfayı 400% oranına kadar "
                    "yakınlaştırabilmeniz, web sitesinin tamamında klavye ya da konuşma "
                    "tanıma yazılımıyla gezinebilmeniz ve siteyi bir ekran okuyucuyla "
                    "dinleyebilmeniz gerekir.</p>"
                    "<p>Web sitesi JavaScript olmadan çalışır ve 11 dilde kullanılabilir.</p>",
                ),
                ("heading", "Sorun bildirme"),
                (
                    "paragraph",
                    "<p>Bir sorunla karşılaşırsanız accessibility@kellbrook.example adresine "
                    "e-posta gönderin ya da 020 7946 0142 numarasını arayın.</p>",
                ),
            ],
        },
    },
    "pl": {
        "get-a-hand": {
            "title": "Poproś o pomoc w nawiązaniu kontaktów",
            "search_description": (
                "Porozmawiaj z koordynatorem społecznym o tym, co jest dla Ciebie ważne."
            ),
            "introduction": (
                "Nasi koordynatorzy społeczni pomagają znaleźć odpowiednie dla Ciebie zajęcia i "
                "ludzi. Mogą pójść z Tobą za pierwszym razem i pomóc w sprawach takich jak "
                "dojazd, koszty czy język."
            ),
            "body": [
                ("heading", "Jak się z nami skontaktować"),
                (
                    "paragraph",
                    "<p>Zadzwoń pod numer 020 7946 0142 od poniedziałku do piątku w godz. "
                    "9–17 albo napisz e-mail na adres connect@kellbrook.example.</p>"
                    "<p>Możesz poprosić o pomoc dla siebie albo dla kogoś innego, jeśli ta "
                    "osoba się na to zgodziła.</p>"
                    '<p><a href="/pl/get-a-hand/start/">Poproś przez internet</a>: zajmie to '
                    "około 5 minut.</p>",
                ),
                ("heading", "Co dalej"),
                (
                    "paragraph",
                    "<p>Koordynator skontaktuje się z Tobą w ciągu 5 dni roboczych w sposób, "
                    "który Ci odpowiada. Zapyta, co sprawia Ci przyjemność i czym chcesz "
                    "zajmować się częściej.</p>",
                ),
            ],
        },
        "privacy": {
            "title": "Informacja o prywatności",
            "search_description": (
                "Jak Rada Gminy Kellbrook wykorzystuje informacje na tej stronie internetowej."
            ),
            "introduction": (
                "Ta informacja wyjaśnia, jakie dane zbiera ta strona internetowa i dlaczego."
            ),
            "body": [
                ("heading", "Jakie dane zbieramy"),
                (
                    "paragraph",
                    "<p>Ta strona nie używa plików cookie służących do śledzenia ani do celów "
                    "reklamowych. Nasz serwer przechowuje dzienniki techniczne przez 30 dni, "
                    "aby zapewnić bezpieczeństwo strony.</p>",
                ),
                ("heading", "Twoje prawa"),
                (
                    "paragraph",
                    "<p>Możesz poprosić o wgląd w informacje, które o Tobie przechowujemy, "
                    "albo o ich poprawienie lub usunięcie. Napisz na adres "
                    "dataprotection@kellbrook.example.</p>",
                ),
            ],
        },
        "accessibility": {
            "title": "Deklaracja dostępności",
            "search_description": (
                "Na ile ta strona internetowa jest dostępna i jak zgłosić problem."
            ),
            "introduction": (
                "Chcemy, żeby z tej strony internetowej mogło korzystać jak najwięcej osób."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Strona powinna umożliwiać powiększenie widoku do 400% bez wychodzenia "
                    "tekstu poza ekran, poruszanie się po całej stronie za pomocą klawiatury "
                    "lub oprogramowania do rozpoznawania mowy oraz odsłuchanie jej treści za "
                    "pomocą czytnika ekranu.</p>"
                    "<p>Strona działa bez JavaScriptu i jest dostępna w 11 językach.</p>",
                ),
                ("heading", "Zgłaszanie problemu"),
                (
                    "paragraph",
                    "<p>Jeśli zauważysz problem, napisz na adres "
                    "accessibility@kellbrook.example lub zadzwoń pod numer 020 7946 0142.</p>",
                ),
            ],
        },
    },
    "pt": {
        "get-a-hand": {
            "title": "Peça uma ajuda para criar laços",
            "search_description": (
                "Fale com um mediador comunitário sobre o que é importante para si."
            ),
            "introduction": (
                "Os nossos mediadores comunitários ajudam-no a encontrar atividades e pessoas que "
                "tenham a ver consigo. Podem acompanhá-lo na primeira vez e ajudar com questões "
                "como transporte, custos ou língua."
            ),
            "body": [
                ("heading", "Como entrar em contacto"),
                (
                    "paragraph",
                    "<p>Ligue para 020 7946 0142, de segunda a sexta, das 9h às 17h, ou envie "
                    "um email para connect@kellbrook.example.</p>"
                    "<p>Pode pedir para si ou para outra pessoa, se essa pessoa tiver "
                    "concordado.</p>"
                    '<p><a href="/pt/get-a-hand/start/">Peça online</a>: demora cerca de 5 '
                    "minutos.</p>",
                ),
                ("heading", "O que acontece a seguir"),
                (
                    "paragraph",
                    "<p>Um mediador vai contactá-lo no prazo de 5 dias úteis, da forma que "
                    "preferir. Vai perguntar-lhe do que gosta e o que gostaria de fazer mais "
                    "vezes.</p>",
                ),
            ],
        },
        "privacy": {
            "title": "Aviso de privacidade",
            "search_description": "Como o Município de Kellbrook usa a informação neste site.",
            "introduction": "Este aviso explica que informação este site recolhe e porquê.",
            "body": [
                ("heading", "O que recolhemos"),
                (
                    "paragraph",
                    "<p>Este site não usa cookies de rastreio nem de publicidade. O nosso "
                    "servidor web guarda registos técnicos durante 30 dias para manter o site "
                    "seguro.</p>",
                ),
                ("heading", "Os seus direitos"),
                (
                    "paragraph",
                    "<p>Pode pedir para ver a informação que temos sobre si, ou pedir-nos que "
                    "a corrijamos ou apaguemos. Envie um email para "
                    "dataprotection@kellbrook.example.</p>",
                ),
            ],
        },
        "accessibility": {
            "title": "Declaração de acessibilidade",
            "search_description": (
                "Até que ponto este site é acessível e como comunicar um problema."
            ),
            "introduction": (
                "Queremos que o maior número possível de pessoas consiga usar este site."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Deverá conseguir ampliar até 400% sem que o texto saia do ecrã, "
                    "navegar em todo o site com um teclado ou com software de reconhecimento "
                    "de voz, e ouvi-lo com um leitor de ecrã.</p>"
                    "<p>O site funciona sem JavaScript e está disponível em 11 línguas.</p>",
                ),
                ("heading", "Comunicar um problema"),
                (
                    "paragraph",
                    "<p>Se encontrar um problema, envie um email para "
                    "accessibility@kellbrook.example ou ligue para 020 7946 0142.</p>",
                ),
            ],
        },
    },
    "es": {
        "get-a-hand": {
            "title": "Pida una mano para conectar",
            "search_description": "Hable con un mediador comunitario sobre lo que le importa.",
            "introduction": (
                "Nuestros mediadores comunitarios le ayudan a encontrar actividades y personas "
                "que encajen con usted. Pueden acompañarle la primera vez y ayudarle con cosas "
                "como el transporte, el coste o el idioma."
            ),
            "body": [
                ("heading", "Cómo ponerse en contacto"),
                (
                    "paragraph",
                    "<p>Llame al 020 7946 0142, de lunes a viernes, de 9:00 a 17:00, o "
                    "escriba a connect@kellbrook.example.</p>"
                    "<p>Puede pedirlo para usted o para otra persona, si esa persona está de "
                    "acuerdo.</p>"
                    '<p><a href="/es/get-a-hand/start/">Pídalo en línea</a>: se tarda unos 5 '
                    "minutos.</p>",
                ),
                ("heading", "Qué pasa después"),
                (
                    "paragraph",
                    "<p>Un mediador se pondrá en contacto con usted en un plazo de 5 días "
                    "laborables, de la forma que prefiera. Le preguntará qué le gusta hacer y "
                    "qué le gustaría hacer más a menudo.</p>",
                ),
            ],
        },
        "privacy": {
            "title": "Aviso de privacidad",
            "search_description": (
                "Cómo usa el Ayuntamiento de Kellbrook la información de este sitio web."
            ),
            "introduction": "Este aviso explica qué información recoge este sitio web y por qué.",
            "body": [
                ("heading", "Qué información recogemos"),
                (
                    "paragraph",
                    "<p>Este sitio web no usa cookies de seguimiento ni de publicidad. "
                    "Nuestro servidor web guarda registros técnicos durante 30 días para "
                    "mantener el sitio seguro.</p>",
                ),
                ("heading", "Sus derechos"),
                (
                    "paragraph",
                    "<p>Puede pedir ver la información que tenemos sobre usted, o pedirnos "
                    "que la corrijamos o la borremos. Escriba a "
                    "dataprotection@kellbrook.example.</p>",
                ),
            ],
        },
        "accessibility": {
            "title": "Declaración de accesibilidad",
            "search_description": (
                "Hasta qué punto es accesible este sitio web y cómo informar de un problema."
            ),
            "introduction": (
                "Queremos que el mayor número posible de personas pueda usar este sitio web."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Debería poder ampliar la pantalla hasta el 400% sin que el texto se "
                    "salga de ella, recorrer todo el sitio web con el teclado o con un "
                    "programa de reconocimiento de voz, y escucharlo con un lector de "
                    "pantalla.</p>"
                    "<p>El sitio web funciona sin JavaScript y está disponible en 11 "
                    "idiomas.</p>",
                ),
                ("heading", "Informar de un problema"),
                (
                    "paragraph",
                    "<p>Si encuentra un problema, escriba a accessibility@kellbrook.example o "
                    "llame al 020 7946 0142.</p>",
                ),
            ],
        },
    },
    "zh-hans": {
        "get-a-hand": {
            "title": "获得帮助，建立联系",
            "search_description": "和社区联络员聊聊对您来说重要的事情。",
            "introduction": (
                "我们的社区联络员会帮您找到适合您的活动，结识合得来的人。第一次参加时，"
                "他们可以陪您一起去，还可以在交通、费用或语言等方面为您提供帮助。"
            ),
            "body": [
                ("heading", "如何联系我们"),
                (
                    "paragraph",
                    "<p>请在周一至周五上午 9 点至下午 5 点致电 020 7946 0142，"
                    "或发送电子邮件至 connect@kellbrook.example。</p>"
                    "<p>您可以为自己申请，也可以在征得他人同意后为他人申请。</p>"
                    '<p><a href="/zh-hans/get-a-hand/start/">在线申请</a>：大约需要 5 分钟。'
                    "</p>",
                ),
                ("heading", "接下来会怎样"),
                (
                    "paragraph",
                    "<p>社区联络员会在 5 个工作日内按您希望的方式与您联系。"
                    "他们会问问您喜欢做什么，以及希望多做些什么。</p>",
                ),
            ],
        },
        "privacy": {
            "title": "隐私声明",
            "search_description": "Kellbrook 区政府如何使用本网站上的信息。",
            "introduction": "本声明说明本网站收集哪些信息，以及收集的原因。",
            "body": [
                ("heading", "我们收集哪些信息"),
                (
                    "paragraph",
                    "<p>本网站不使用跟踪或广告 Cookie。为保障网站安全，"
                    "我们的网络服务器会将技术日志保存 30 天。</p>",
                ),
                ("heading", "您的权利"),
                (
                    "paragraph",
                    "<p>您可以要求查看我们保存的关于您的信息，"
                    "也可以要求我们更正或删除这些信息。请发送电子邮件至 "
                    "dataprotection@kellbrook.example。</p>",
                ),
            ],
        },
        "accessibility": {
            "title": "无障碍声明",
            "search_description": "本网站的无障碍程度，以及如何报告问题。",
            "introduction": "我们希望让尽可能多的人都能使用本网站。",
            "body": [
                (
                    "paragraph",
                    "<p>您应该能够将页面放大到 400%，且文字不会超出屏幕；"
                    "能够使用键盘或语音识别软件浏览整个网站；"
                    "也能够使用屏幕阅读器收听网站内容。</p>"
                    "<p>本网站无需 JavaScript 即可使用，并提供 11 种语言版本。</p>",
                ),
                ("heading", "报告问题"),
                (
                    "paragraph",
                    "<p>如果您发现问题，请发送电子邮件至 accessibility@kellbrook.example，"
                    "或致电 020 7946 0142。</p>",
                ),
            ],
        },
    },
    "uk": {
        "get-a-hand": {
            "title": "Отримайте допомогу, щоб долучитися до громади",
            "search_description": (
                "Поговоріть із громадським координатором про те, що важливо для вас."
            ),
            "introduction": (
                "Наші громадські координатори допомагають знайти заняття й людей, які вам до "
                "душі. Вони можуть піти з вами першого разу й допомогти з такими питаннями, як "
                "транспорт, витрати чи мова."
            ),
            "body": [
                ("heading", "Як з нами зв’язатися"),
                (
                    "paragraph",
                    "<p>Телефонуйте за номером 020 7946 0142 з понеділка по п’ятницю, з 9:00 "
                    "до 17:00, або пишіть на connect@kellbrook.example.</p>"
                    "<p>Ви можете звернутися для себе або для іншої людини, якщо вона "
                    "погодилася.</p>"
                    '<p><a href="/uk/get-a-hand/start/">Звернутися онлайн</a>: це займе '
                    "близько 5 хвилин.</p>",
                ),
                ("heading", "Що буде далі"),
                (
                    "paragraph",
                    "<p>Координатор зв’яжеться з вами протягом 5 робочих днів у зручний для "
                    "вас спосіб. Він запитає, що вам подобається і чим ви хотіли б займатися "
                    "більше.</p>",
                ),
            ],
        },
        "privacy": {
            "title": "Повідомлення про конфіденційність",
            "search_description": "Як Рада Kellbrook використовує інформацію на цьому вебсайті.",
            "introduction": (
                "У цьому повідомленні пояснюється, яку інформацію збирає цей вебсайт і навіщо."
            ),
            "body": [
                ("heading", "Що ми збираємо"),
                (
                    "paragraph",
                    "<p>Цей вебсайт не використовує файли cookie для відстеження чи реклами. "
                    "Наш вебсервер зберігає технічні журнали протягом 30 днів, щоб захищати "
                    "сайт.</p>",
                ),
                ("heading", "Ваші права"),
                (
                    "paragraph",
                    "<p>Ви можете попросити показати інформацію, яку ми про вас зберігаємо, "
                    "або попросити нас виправити чи видалити її. Пишіть на "
                    "dataprotection@kellbrook.example.</p>",
                ),
            ],
        },
        "accessibility": {
            "title": "Заява про доступність",
            "search_description": "Наскільки доступний цей вебсайт і як повідомити про проблему.",
            "introduction": (
                "Ми хочемо, щоб цим вебсайтом могло користуватися якомога більше людей."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Ви повинні мати змогу збільшувати масштаб до 400% так, щоб текст не "
                    "виходив за межі екрана, переміщатися всім вебсайтом за допомогою "
                    "клавіатури чи програм розпізнавання мовлення, а також слухати його за "
                    "допомогою програми зчитування з екрана.</p>"
                    "<p>Вебсайт працює без JavaScript і доступний 11 мовами.</p>",
                ),
                ("heading", "Повідомити про проблему"),
                (
                    "paragraph",
                    "<p>Якщо ви помітили проблему, напишіть на "
                    "accessibility@kellbrook.example або зателефонуйте за номером 020 7946 "
                    "0142.</p>",
                ),
            ],
        },
    },
}
