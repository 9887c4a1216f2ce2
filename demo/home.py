"""The home page in every site language.

Each card leads to one of the information pages (by slug); untranslated pages
open in English until an editor translates them.
"""

# Translations legitimately use characters that look like Latin letters or ASCII
# punctuation (Cyrillic, Turkish dotless i, Urdu full stop, CJK punctuation).
# ruff: noqa: RUF001

CARD_TARGETS = ["things-to-do", "get-a-hand", "getting-connected"]

HOME_PAGE = {
    "en": {
        "title": "Home",
        "heading": "Find people and things to do near you",
        "introduction": (
            "Whatever you enjoy, there is a group, a club or a friendly face nearby. "
            "Everyone feels out of touch sometimes. Here is a good place to start."
        ),
        "cards": [
            (
                "Find something to do near you",
                "Walking groups, lunch clubs, language cafes, choirs and more, "
                "run by local people.",
                "Find something to do",
            ),
            (
                "Get a hand to get connected",
                "Not sure where to start? A community connector can help, "
                "and can come with you the first time.",
                "Talk to a connector",
            ),
            (
                "Getting connected in Kellbrook",
                "Everyone feels lonely at some point. Read local people's stories "
                "and find ways to join in.",
                "About the campaign",
            ),
        ],
    },
    "ar": {
        "title": "الصفحة الرئيسية",
        "heading": "تعرّف على أناس وأنشطة قريبة منك",
        "introduction": (
            "أيًّا كان ما تحبه، ستجد بالقرب منك مجموعة أو ناديًا أو وجهًا ودودًا. "
            "كلنا نشعر أحيانًا بأننا بعيدون عن الناس. وهذا مكان جيد للبدء."
        ),
        "cards": [
            (
                "ابحث عن نشاط قريب منك",
                "مجموعات للمشي، ونوادٍ للغداء، ومقاهٍ لتبادل اللغات، وجوقات غناء، وغيرها الكثير، "
                "ينظمها أهل المنطقة.",
                "ابحث عن نشاط",
            ),
            (
                "مساعدة للتواصل مع مجتمعك",
                "لا تعرف من أين تبدأ؟ يمكن لمنسّق مجتمعي أن يساعدك، "
                "بل ويرافقك في المرة الأولى أيضًا.",
                "تحدّث مع منسّق مجتمعي",
            ),
            (
                "لنتواصل في Kellbrook",
                "كلنا نشعر بالوحدة في وقت ما. اقرأ قصص أهل المنطقة واكتشف طرقًا للمشاركة.",
                "عن الحملة",
            ),
        ],
    },
    "ur": {
        "title": "ہوم",
        "heading": "اپنے آس پاس لوگ اور سرگرمیاں تلاش کریں",
        "introduction": (
            "آپ کو جو بھی پسند ہو، آپ کے قریب کوئی نہ کوئی گروپ، کلب یا مسکراتا چہرہ ضرور ہے۔ "
            "کبھی نہ کبھی ہر کسی کو لگتا ہے کہ وہ دوسروں سے دور ہو گیا ہے۔ "
            "شروعات کے لیے یہ ایک اچھی جگہ ہے۔"
        ),
        "cards": [
            (
                "اپنے قریب کوئی سرگرمی تلاش کریں",
                "پیدل چلنے کے گروپ، مل کر دوپہر کا کھانا، زبانیں سیکھنے کی بیٹھکیں، کوئر "
                "اور بہت کچھ، جنہیں مقامی لوگ چلاتے ہیں۔",
                "سرگرمی تلاش کریں",
            ),
            (
                "لوگوں سے جُڑنے میں مدد لیں",
                "سمجھ نہیں آ رہا کہ کہاں سے شروع کریں؟ کمیونٹی کنیکٹر آپ کی مدد کر سکتا ہے، "
                "اور پہلی بار آپ کے ساتھ بھی جا سکتا ہے۔",
                "کنیکٹر سے بات کریں",
            ),
            (
                "Kellbrook میں مل جُل کر",
                "کبھی نہ کبھی ہر کوئی تنہائی محسوس کرتا ہے۔ مقامی لوگوں کی کہانیاں پڑھیں "
                "اور شامل ہونے کے طریقے جانیں۔",
                "مہم کے بارے میں",
            ),
        ],
    },
    "bn": {
        "title": "হোম",
        "heading": "আপনার কাছাকাছি মানুষ আর করার মতো কিছু খুঁজে নিন",
        "introduction": (
            "আপনার যা-ই ভালো লাগুক, কাছেই কোনো দল, ক্লাব বা হাসিমুখের কেউ আছেন। "
            "মাঝে মাঝে সবারই মনে হয় অন্যদের থেকে একটু দূরে সরে গেছি। "
            "শুরু করার জন্য এটি একটি ভালো জায়গা।"
        ),
        "cards": [
            (
                "কাছাকাছি করার মতো কিছু খুঁজে নিন",
                "হাঁটার দল, একসাথে দুপুরের খাবার, ভাষা চর্চার আড্ডা, গানের দল আর আরও অনেক কিছু, "
                "সবই চালান স্থানীয় মানুষেরা।",
                "করার মতো কিছু খুঁজুন",
            ),
            (
                "যুক্ত হতে সাহায্য নিন",
                "কোথা থেকে শুরু করবেন বুঝতে পারছেন না? একজন কমিউনিটি কানেক্টর সাহায্য করতে "
                "পারেন, আর প্রথমবার আপনার সঙ্গে যেতেও পারেন।",
                "কানেক্টরের সঙ্গে কথা বলুন",
            ),
            (
                "Kellbrook-এ একসাথে",
                "কোনো না কোনো সময় সবাই একাকিত্ব অনুভব করেন। স্থানীয় মানুষদের গল্প পড়ুন "
                "আর যুক্ত হওয়ার উপায় খুঁজে নিন।",
                "প্রচারণা সম্পর্কে",
            ),
        ],
    },
    "so": {
        "title": "Bogga hore",
        "heading": "Hel dad iyo waxyaabo aad samayn karto oo kuu dhow",
        "introduction": (
            "Wax kasta oo aad jeceshahay, meel kuu dhow waxaa ku yaal koox, naadi ama weji furan. "
            "Qof kastaa mararka qaarkood wuxuu dareemaa inuu dadka ka fogaaday. "
            "Halkan waa meel fiican oo laga bilaabo."
        ),
        "cards": [
            (
                "Hel wax aad samayn karto oo kuu dhow",
                "Kooxo socod, qado wadaag ah, kulamo luqadaha lagu barto, kooxo heesaha "
                "iyo wax kale oo badan, oo ay maamulaan dadka deegaanka.",
                "Hel wax aad samayn karto",
            ),
            (
                "Hel gacan si aad ula xiriirto bulshada",
                "Ma garanaysid meel aad ka bilowdo? Isku-xiraha bulshada ayaa ku caawin kara, "
                "wuxuuna kula raaci karaa marka ugu horreysa.",
                "La hadal isku-xiraha",
            ),
            (
                "Isku xirnaanshaha Kellbrook",
                "Qof kastaa mar uun wuxuu dareemaa kalinimo. Akhri sheekooyinka dadka deegaanka "
                "oo hel siyaabo aad uga qayb qaadan karto.",
                "Ku saabsan ololaha",
            ),
        ],
    },
    "tr": {
        "title": "Ana Sayfa",
        "heading": "Yakınınızdaki insanları ve etkinlikleri keşfedin",
        "introduction": (
            "Neyden hoşlanırsanız hoşlanın, yakınınızda bir grup, bir kulüp ya da güler yüzlü "
            "biri mutlaka vardır. Herkes zaman zaman çevresinden kopmuş hisseder. "
            "Başlamak için doğru yerdesiniz."
        ),
        "cards": [
            (
                "Yakınınızda yapacak bir şey bulun",
                "Yürüyüş grupları, birlikte öğle yemekleri, dil kafeleri, korolar ve daha fazlası; "
                "hepsi yerel halk tarafından düzenleniyor.",
                "Etkinlik bulun",
            ),
            (
                "Çevrenizle bağ kurmak için destek alın",
                "Nereden başlayacağınızı bilmiyor musunuz? Bir topluluk rehberi size yardımcı "
                "olabilir, hatta ilk seferde sizinle birlikte gelebilir.",
                "Bir rehberle konuşun",
            ),
            (
                "Kellbrook'ta bağ kuralım",
                "Herkes bir noktada yalnızlık hisseder. Bölgemizdeki insanların hikâyelerini "
                "okuyun ve siz de katılmanın yollarını keşfedin.",
                "Kampanya hakkında",
            ),
        ],
    },
    "pl": {
        "title": "Strona główna",
        "heading": "Poznaj ludzi i znajdź coś dla siebie w okolicy",
        "introduction": (
            "Cokolwiek lubisz, niedaleko na pewno jest jakaś grupa, klub albo życzliwa osoba. "
            "Każdemu zdarza się czasem stracić kontakt z innymi. To dobre miejsce, żeby zacząć."
        ),
        "cards": [
            (
                "Znajdź coś dla siebie w okolicy",
                "Grupy spacerowe, wspólne obiady, kawiarenki językowe, chóry i wiele więcej. "
                "Wszystko prowadzą mieszkańcy.",
                "Znajdź zajęcia",
            ),
            (
                "Pomożemy Ci nawiązać kontakty",
                "Nie wiesz, od czego zacząć? Pomoże Ci nasz koordynator społeczny, "
                "który może też pójść z Tobą za pierwszym razem.",
                "Porozmawiaj z koordynatorem",
            ),
            (
                "Bliżej siebie w Kellbrook",
                "Każdy czasem doświadcza samotności. Przeczytaj historie mieszkańców "
                "i znajdź sposób, by się włączyć.",
                "O kampanii",
            ),
        ],
    },
    "pt": {
        "title": "Início",
        "heading": "Encontre pessoas e atividades perto de casa",
        "introduction": (
            "Seja qual for o seu gosto, há sempre um grupo, um clube ou um rosto simpático "
            "por perto. Todos nos sentimos afastados dos outros de vez em quando. "
            "Este é um bom ponto de partida."
        ),
        "cards": [
            (
                "Encontre algo para fazer perto de casa",
                "Grupos de caminhada, almoços de convívio, cafés de línguas, coros e muito mais, "
                "organizados por moradores locais.",
                "Encontrar atividades",
            ),
            (
                "Ajuda para se ligar à comunidade",
                "Não sabe por onde começar? Um mediador comunitário pode ajudar "
                "e até acompanhar a primeira visita.",
                "Falar com um mediador",
            ),
            (
                "Juntos em Kellbrook",
                "Todos nos sentimos sozinhos em algum momento. Leia histórias de pessoas "
                "da comunidade e descubra formas de participar.",
                "Sobre a campanha",
            ),
        ],
    },
    "es": {
        "title": "Inicio",
        "heading": "Encuentra gente y cosas que hacer cerca de ti",
        "introduction": (
            "Te guste lo que te guste, cerca de ti hay un grupo, un club o una cara amable. "
            "Todos nos sentimos desconectados alguna vez. Este es un buen lugar para empezar."
        ),
        "cards": [
            (
                "Encuentra algo que hacer cerca de ti",
                "Grupos de paseo, comidas compartidas, cafés de idiomas, coros y mucho más, "
                "organizados por gente del barrio.",
                "Buscar actividades",
            ),
            (
                "Te ayudamos a conectar",
                "¿No sabes por dónde empezar? Un mediador comunitario puede ayudarte "
                "e incluso acompañarte la primera vez.",
                "Habla con un mediador",
            ),
            (
                "Conectados en Kellbrook",
                "Todo el mundo se siente solo en algún momento. Lee las historias de gente "
                "del barrio y descubre formas de participar.",
                "Sobre la campaña",
            ),
        ],
    },
    "zh-hans": {
        "title": "首页",
        "heading": "发现身边的人和活动",
        "introduction": (
            "无论您喜欢什么，附近总有适合您的小组、俱乐部，或一张友善的笑脸。"
            "每个人都有觉得与人疏远的时候。这里是一个很好的起点。"
        ),
        "cards": [
            (
                "寻找附近的活动",
                "健步走小组、午餐聚会、语言交流角、合唱团等等，都由本地居民组织。",
                "查找活动",
            ),
            (
                "获得帮助，融入社区",
                "不知道从哪里开始？社区联络员可以为您提供帮助，第一次参加时还可以陪您一起去。",
                "联系社区联络员",
            ),
            (
                "在 Kellbrook 建立联系",
                "每个人都会有感到孤独的时候。阅读本地居民的故事，找到参与的方式。",
                "关于这项倡议",
            ),
        ],
    },
    "uk": {
        "title": "Головна",
        "heading": "Знайдіть людей і заняття поруч із вами",
        "introduction": (
            "Хоч би що ви любили, поблизу точно є група, клуб чи привітна людина. "
            "Кожен із нас іноді почувається відірваним від інших. Почніть звідси."
        ),
        "cards": [
            (
                "Знайдіть заняття поблизу",
                "Групи для прогулянок, спільні обіди, мовні клуби, хори та багато іншого. "
                "Усе це організовують місцеві мешканці.",
                "Знайти заняття",
            ),
            (
                "Допомога, щоб долучитися",
                "Не знаєте, з чого почати? Громадський координатор допоможе "
                "і навіть може піти з вами першого разу.",
                "Поговорити з координатором",
            ),
            (
                "На зв’язку в Kellbrook",
                "Кожен час від часу відчуває самотність. Прочитайте історії місцевих мешканців "
                "і дізнайтеся, як долучитися.",
                "Про кампанію",
            ),
        ],
    },
}
