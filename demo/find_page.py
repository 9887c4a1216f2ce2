"""The find page (directory index) in every site language."""

# ruff: noqa: RUF001

FIND_PAGE = {
    "en": (
        "Find something to do",
        "Groups, clubs and activities run by local people across Kellbrook. "
        "Many are free, and most welcome people who come on their own.",
    ),
    "ar": (
        "ابحث عن نشاط",
        "مجموعات ونوادٍ وأنشطة ينظمها أهل المنطقة في أنحاء Kellbrook. "
        "كثير منها مجاني، ومعظمها يرحّب بمن يأتي بمفرده.",
    ),
    "ur": (
        "کرنے کو کچھ تلاش کریں",
        "Kellbrook بھر میں مقامی لوگوں کے چلائے ہوئے گروپ، کلب اور سرگرمیاں۔ "
        "بہت سی مفت ہیں، اور زیادہ تر میں اکیلے آنے والوں کا بھی خیرمقدم ہوتا ہے۔",
    ),
    "bn": (
        "করার মতো কিছু খুঁজুন",
        "Kellbrook জুড়ে স্থানীয় মানুষদের চালানো দল, ক্লাব ও কার্যক্রম। "
        "অনেকগুলো বিনামূল্যে, আর বেশিরভাগেই একা এলেও আপনাকে স্বাগত জানানো হবে।",
    ),
    "so": (
        "Raadi wax aad samayso",
        "Kooxo, naadiyo iyo hawlo ay dadka deegaanku ka wadaan Kellbrook oo dhan. "
        "Qaar badan waa bilaash, badankoodna waxay soo dhoweeyaan qofka keligiis yimaada.",
    ),
    "tr": (
        "Yapacak bir şey bulun",
        "Kellbrook'un dört bir yanında yerel halkın düzenlediği gruplar, kulüpler ve etkinlikler. "
        "Birçoğu ücretsiz ve çoğu tek başına gelenleri de memnuniyetle karşılıyor.",
    ),
    "pl": (
        "Znajdź coś dla siebie",
        "Grupy, kluby i zajęcia prowadzone przez mieszkańców w całym Kellbrook. "
        "Wiele z nich jest bezpłatnych, a większość chętnie przyjmuje osoby przychodzące same.",
    ),
    "pt": (
        "Encontre algo para fazer",
        "Grupos, clubes e atividades organizados por pessoas de Kellbrook. "
        "Muitos são gratuitos e a maioria recebe bem quem vem sozinho.",
    ),
    "es": (
        "Encuentre algo que hacer",
        "Grupos, clubes y actividades organizados por vecinos de todo Kellbrook. "
        "Muchos son gratuitos y la mayoría da la bienvenida a quien viene solo.",
    ),
    "zh-hans": (
        "找点事情做",
        "由 Kellbrook 各地居民组织的团体、俱乐部和活动。许多是免费的，大多数也欢迎独自前来的人。",
    ),
    "uk": (
        "Знайдіть, чим зайнятися",
        "Групи, клуби та заходи, які проводять місцеві жителі по всьому Kellbrook. "
        "Багато з них безкоштовні, і більшість радо вітає тих, хто приходить сам.",
    ),
}
