"""The council's name and footer line in every site language, as the header and
footer showed them before they became a setting."""

# Translations legitimately use characters that look like Latin letters or ASCII
# punctuation (Turkish dotless i, Urdu full stop).
# ruff: noqa: RUF001

COUNCIL = {
    "en": (
        "Kellbrook Council",
        "Run by Kellbrook Council with the borough's voluntary and community groups.",
    ),
    "ar": ("مجلس Kellbrook", "يديره مجلس Kellbrook مع المجموعات التطوعية والمجتمعية في المنطقة."),
    "bn": (
        "Kellbrook কাউন্সিল",
        "Kellbrook কাউন্সিল এলাকার স্বেচ্ছাসেবী ও কমিউনিটি গ্রুপগুলোর সাথে মিলে এটি পরিচালনা করে।",
    ),
    "es": (
        "Ayuntamiento de Kellbrook",
        "Lo gestiona el Ayuntamiento de Kellbrook junto con los grupos comunitarios y de "
        "voluntariado del municipio.",
    ),
    "pl": (
        "Rada Gminy Kellbrook",
        "Serwis prowadzi Rada Gminy Kellbrook razem z lokalnymi organizacjami wolontariackimi "
        "i społecznymi.",
    ),
    "pt": (
        "Município de Kellbrook",
        "Um serviço do Município de Kellbrook, em parceria com os grupos comunitários e de "
        "voluntariado locais.",
    ),
    "so": (
        "Golaha Kellbrook",
        "Waxaa maamula Golaha Kellbrook oo la shaqeeya kooxaha tabarucaadka iyo bulshada ee "
        "degmada.",
    ),
    "tr": (
        "Kellbrook Belediyesi",
        "Kellbrook Belediyesi tarafından bölgedeki gönüllü kuruluşlar ve topluluk gruplarıyla "
        "birlikte yürütülür.",
    ),
    "uk": (
        "Рада Kellbrook",
        "Сайт веде Рада Kellbrook разом із волонтерськими та громадськими організаціями округу.",
    ),
    "ur": (
        "Kellbrook کونسل",
        "یہ سائٹ Kellbrook کونسل علاقے کے رضاکار اور کمیونٹی گروپوں کے ساتھ مل کر چلاتی ہے۔",
    ),
    "zh-hans": ("Kellbrook 区政府", "由 Kellbrook 区政府与本区的志愿团体和社区团体共同运营。"),
}
