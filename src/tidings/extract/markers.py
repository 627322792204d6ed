"""The vocabulary of page furniture in scraped text, in several languages.

Plain data, no logic: ``extract.text`` matches lines against it after folding them
(lower case, white space collapsed, trailing colons, arrows and counters removed; see
``fold``). A marker is only a signal: the text extractor weighs it with the line's
position, shape and repetition, so a word here never removes a body line on its own.

Languages covered: English, French, German, Spanish, Russian, Italian, Portuguese, Dutch
(and a few Polish/Indonesian/Turkish function words for the language guess).
"""

from __future__ import annotations

import re

# Whole-line markers that open a list of teasers for other stories.
RELATED: frozenset[str] = frozenset(
    {
        # en
        "related", "related articles", "related article", "related stories", "related story",
        "related news", "related posts", "related content", "related coverage", "related topics",
        "related links", "related reading", "more on this story", "more on this topic",
        "more from", "read more", "read next", "read this next", "up next", "recommended",
        "recommended for you", "recommended stories", "recommended articles", "you may also like",
        "you might also like", "you may be interested in", "you might be interested in",
        "also read", "see also", "more stories", "more news", "latest news", "latest stories",
        "latest", "top stories", "top news", "most read", "most popular", "most viewed",
        "most shared", "most commented", "popular", "popular now", "popular stories",
        "popular articles", "popular posts", "trending", "trending now", "trending stories",
        "editor's choice", "editors' choice", "editors choice", "editor's picks", "editors' picks",
        "editor picks", "don't miss", "dont miss", "further reading", "in other news",
        "what to read next", "more like this", "around the web", "from the web",
        "more headlines", "other news", "more articles", "featured", "featured stories",
        "featured articles", "in case you missed it", "more in this section", "in this section",
        "stories you may have missed", "keep reading", "continue reading", "more to explore",
        # fr
        "articles liés", "articles similaires", "à lire aussi", "a lire aussi", "lire aussi",
        "à lire également", "lire la suite", "sur le même sujet", "sur le meme sujet",
        "les plus lus", "les plus populaires", "populaires", "à la une", "a la une",
        "dans la même rubrique", "voir aussi", "nos autres articles", "le choix de la rédaction",
        "choix de la rédaction", "derniers articles", "dernières actualités", "dernières infos",
        "à découvrir", "vous aimerez aussi", "vous pourriez aussi aimer", "en ce moment",
        # de
        "ähnliche artikel", "verwandte artikel", "mehr zum thema", "das könnte sie auch interessieren",
        "das könnte sie interessieren", "lesen sie auch", "lesen sie mehr", "weiterlesen",
        "meistgelesen", "meistgelesene artikel", "meistgelesene", "am meisten gelesen", "beliebt",
        "top-artikel", "top artikel", "weitere artikel", "auch interessant", "empfehlungen der redaktion",
        "neueste artikel", "neueste beiträge", "aktuelle nachrichten", "mehr aus", "zum thema",
        "ähnliche beiträge", "verwandte themen",
        # es
        "artículos relacionados", "articulos relacionados", "noticias relacionadas", "relacionados",
        "relacionadas", "lo más leído", "lo mas leido", "más leídas", "más leídos", "mas leidas",
        "lee también", "lea también", "te puede interesar", "también te puede interesar",
        "te podría interesar", "más noticias", "populares", "últimas noticias", "ultimas noticias",
        "recomendados", "ver también", "lo último", "más en", "elección del editor",
        # ru
        "похожие статьи", "похожие новости", "читайте также", "читать также", "читайте еще",
        "популярное", "популярные", "самое читаемое", "самое популярное", "выбор редакции",
        "другие новости", "по теме", "последние новости", "рекомендуем", "смотрите также",
        "материалы по теме", "еще по теме", "ещё по теме", "главное", "новости по теме",
        "лента новостей", "читайте больше",
        # it
        "articoli correlati", "leggi anche", "potrebbe interessarti", "ti potrebbe interessare",
        "i più letti", "più letti", "piu letti", "popolari", "ultime notizie", "notizie correlate",
        "scelti per te", "vedi anche", "la scelta della redazione", "scelta della redazione",
        "leggi altro", "altre notizie", "correlati", "potrebbe interessarti anche",
        # pt
        "artigos relacionados", "notícias relacionadas", "leia também",
        "leia tambem", "leia mais", "mais lidas", "mais lidos", "últimas notícias",
        "veja também", "veja tambem", "você também pode gostar", "voce tambem pode gostar",
        "escolha do editor", "mais notícias", "saiba mais",
        # nl
        "gerelateerde artikelen", "lees ook", "meest gelezen", "populair", "meer nieuws",
        "lees meer",
    }
)

# Whole-line category labels and kickers printed above teasers ("News", "Opinion").
SECTION: frozenset[str] = frozenset(
    {
        "news", "world", "world news", "politics", "business", "economy", "opinion", "analysis",
        "commentary", "editorial", "sport", "sports", "culture", "science", "technology", "tech",
        "health", "lifestyle", "entertainment", "europe", "asia", "africa", "americas",
        "middle east", "breaking news", "breaking", "live", "video", "videos", "photos", "gallery",
        "podcast", "podcasts", "interview", "features", "feature", "exclusive", "in depth",
        "monitoring", "comment", "topics", "tags", "categories", "category", "archive", "archives",
        "actualités", "actualité", "monde", "politique", "économie", "opinions", "analyse",
        "nachrichten", "politik", "wirtschaft", "meinung", "kultur", "welt", "ausland",
        "noticias", "política", "economía", "opinión", "mundo", "internacional", "cultura",
        "новости", "политика", "экономика", "мнения", "в мире", "общество", "аналитика",
        "notizie", "politica", "economia", "esteri", "cronaca", "notícias", "opinião",
        "nieuws", "binnenland", "buitenland",
    }
)

# Whole-line navigation and account links.
NAVIGATION: frozenset[str] = frozenset(
    {
        "home", "homepage", "home page", "menu", "main menu", "search", "close", "open", "back",
        "next", "previous", "more", "about", "about us", "contact", "contact us", "advertise",
        "advertise with us", "careers", "jobs", "subscribe", "subscribe now", "newsletter",
        "newsletters", "sign up", "sign in", "log in", "login", "logout", "log out", "register",
        "my account", "account", "skip to content", "skip to main content", "skip to navigation",
        "privacy", "privacy policy", "terms", "terms of use", "terms of service",
        "terms and conditions", "sitemap", "site map", "rss", "help", "faq", "donate", "support us",
        "toggle navigation", "navigation", "go to", "all news", "view all", "see all", "show more",
        "load more", "back to top", "top", "en", "fr", "de", "es", "ru", "it", "pt", "english",
        "français", "deutsch", "español", "русский", "italiano", "português",
        "accueil", "rechercher", "recherche", "connexion", "se connecter", "s'abonner", "abonnez-vous",
        "mentions légales", "nous contacter", "fermer", "startseite", "suche", "anmelden",
        "abonnieren", "impressum", "datenschutz", "kontakt", "schließen", "inicio", "buscar",
        "suscríbete", "suscribirse", "iniciar sesión", "contacto", "cerrar", "aviso legal",
        "главная", "поиск", "войти", "подписаться", "контакты", "о нас", "закрыть", "меню",
        "cerca", "accedi", "abbonati", "contatti", "chiudi", "início", "pesquisar", "entrar",
        "assine", "contato", "fechar", "zoeken", "inloggen", "abonneren",
    }
)

# Whole-line share and follow buttons.
SHARE: frozenset[str] = frozenset(
    {
        "share", "share this", "share this article", "share this story", "share article",
        "share on facebook", "share on twitter", "share on linkedin", "share via email",
        "tweet", "twitter", "x", "facebook", "whatsapp", "linkedin", "email", "e-mail", "mail",
        "print", "copy link", "copy", "link copied", "pinterest", "reddit", "telegram", "vk",
        "flipboard", "messenger", "instagram", "youtube", "tiktok", "follow us", "follow",
        "partager", "partager sur facebook", "imprimer", "teilen", "drucken", "compartir",
        "imprimir", "поделиться", "печать", "condividi", "stampa", "compartilhar", "delen",
        "gift this article", "save", "save article", "bookmark", "listen", "listen to this article",
    }
)

COMMENTS: frozenset[str] = frozenset(
    {
        "comments", "comment", "leave a comment", "leave a reply", "add comment", "add a comment",
        "post a comment", "post comment", "show comments", "view comments", "be the first to comment",
        "join the discussion", "join the conversation", "reply", "commentaires", "réagir",
        "laisser un commentaire", "kommentare", "kommentieren", "kommentar schreiben",
        "comentarios", "comentar", "deja un comentario", "комментарии", "комментировать",
        "оставить комментарий", "commenti", "commenta", "lascia un commento", "comentários",
        "deixe um comentário", "reacties",
    }
)

ADVERT: frozenset[str] = frozenset(
    {
        "advertisement", "advertising", "ad", "ads", "sponsored", "sponsored content", "promoted",
        "paid content", "partner content", "scroll to continue with content",
        "story continues below advertisement", "article continues below advertisement",
        "continue reading below", "anzeige", "werbung", "publicité", "publicidad", "pubblicità",
        "реклама", "publicidade", "advertentie",
    }
)

# Line beginnings that make a credit line ("source: example.org", "© 2024 Example").
CREDIT_PREFIX = re.compile(
    r"^(?:©|\(c\)\s|copyright\b|sources?\s*:|quelle\s*:|quellen\s*:|fuente\s*:|fonte\s*:|"
    r"источник\s*:|bron\s*:|crédits?\s*:|credits?\s*:|via\s*:|originally published\b|"
    r"this article (?:was|is) (?:originally |first )?(?:published|republished)\b)",
    re.IGNORECASE,
)

ALL_RIGHTS = re.compile(
    r"all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|"
    r"все права защищены|tutti i diritti riservati|todos os direitos reservados|"
    r"alle rechten voorbehouden",
    re.IGNORECASE,
)

# "Read also: <headline>" inserts inside a body.
READ_ALSO_PREFIX = re.compile(
    r"^(?:read also|also read|read more|see also|related|more|read|watch|listen|"
    r"lire aussi|à lire aussi|a lire aussi|à lire|voir aussi|lire également|"
    r"lesen sie auch|lesen sie mehr|mehr dazu|mehr zum thema|siehe auch|auch interessant|"
    r"lee también|lea también|leer más|ver también|te puede interesar|"
    r"читайте также|читать также|см\. также|смотрите также|по теме|"
    r"leggi anche|leggi|vedi anche|leia também|leia mais|veja também|saiba mais|lees ook)"
    r"\s*[:：»>\-–—]\s*(?P<rest>.*)$",
    re.IGNORECASE,
)

# Lines that only occur in a reader-comments section.
COMMENT_LINE = re.compile(
    r"^\S+(?:\s\S+){0,3}\s(?:says\s?:?|(?:said|wrote|replied|écrit|schreibt|escribió|написал|scrive|"
    r"escreveu)\s?:)$|"
    r"^\d+\s+(?:comments?|responses?|replies|reactions|commentaires|kommentare|comentarios|commenti|"
    r"comentários|комментари\w*|reacties)\b|"
    r"\bresponses? to [“\"«]|^(?:read|view|show|see|load) (?:all|more) (?:\d+ )?comments|"
    r"^rating:\s*\d+\s*votes?$|^you must be logged in|^log in to (?:comment|reply)|"
    r"^(?:reply|report|like|flag)(?:\s*[|·]\s*(?:reply|report|like|flag|share))+$",
    re.IGNORECASE,
)

# Time stamps on their own line ("2 days ago", "November 19, 2019 at 6:34 am").
TIMESTAMP = re.compile(
    r"^(?:\w+\s)?\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b|"
    r"^(?:updated|published|posted|modified|mis à jour|publié|aktualisiert|veröffentlicht|"
    r"actualizado|publicado|обновлено|опубликовано|aggiornato|pubblicato|atualizado)\b.{0,40}\d",
    re.IGNORECASE,
)

# A byline: "By Jane Doe", "Par ...", "Von ...", "Por ...", "Di ...", "Автор: ...".
BYLINE = re.compile(
    r"^(?:by|written by|reporting by|par|von|por|di|autor|autora|автор|текст)\s*:?\s+(?P<name>\S.*)$",
    re.IGNORECASE,
)

# Captions and photo credits.
CAPTION_PREFIX = re.compile(
    r"^(?:photo|image|picture|pictured|above|below|foto|bild|imagen|фото|immagine|"
    r"image credit|photo credit|credit|getty images|file photo)\s*(?:[:|/©]|by\b)",
    re.IGNORECASE,
)

COOKIE = re.compile(r"\bcookies?\b|\bcookie-", re.IGNORECASE)
COOKIE_CONTEXT = re.compile(
    r"\b(?:use|uses|accept|consent|policy|settings|preferences|privacy|utilis\w*|verwend\w*|"
    r"akzeptier\w*|usamos|utilizamos|aceptar|utilizziamo|accetta\w*|используем|utilizamos|"
    r"aceitar|gebruik\w*)\b",
    re.IGNORECASE,
)

# Stop words for the language guess and for the prose signal (most frequent function words).
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOPWORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "the of and to a in is that for it was on with as he she his her by at be are this from "
        "have has had not but an or they which were their been would will said who its also more "
        "than after when there we our can one about into over could all other"),
    "fr": _words(
        "le la les de des du un une et est en que qui dans pour pas sur au aux il elle ils se ce "
        "cette ont été par plus avec son sa ses leur mais ou être sont a était comme nous vous "
        "lui aussi selon dont"),
    "de": _words(
        "der die das und ist in zu den dem des ein eine einer nicht mit von sich auf für auch es "
        "im sie er wird werden hat haben bei als nach wie aus noch nur am wurde sind war dass "
        "oder aber vor zum zur über"),
    "es": _words(
        "el la los las de del y en que un una es por con para se no su sus al lo como más pero "
        "fue ha han este esta sobre entre también sin ser son era desde hasta muy cuando porque "
        "ya le"),
    "it": _words(
        "il lo la gli le di del della dei delle e è che un una per non con da in si sono al alla "
        "nel nella anche come più ma ha hanno era stato essere questo questa dal dalla sul "
        "sulla ad"),
    "pt": _words(
        "o a os as de do da dos das e é que um uma em no na nos nas para por com não se seu sua "
        "mais mas foi são como ao à pelo pela também ser está entre sobre isso ele ela"),
    "ru": _words(
        "и в во не что он она они на я с со как а то все это так его но да ты к у же вы за бы по "
        "только ее мне было вот от меня еще нет о из ему теперь когда уже для был была были "
        "быть также может после при его их этого этой"),
    "nl": _words(
        "de het een en van in is dat op te zijn met voor niet aan er die ook als bij door maar "
        "om naar dan wordt werd uit heeft hebben nog over deze dit"),
    "id": _words(
        "yang dan di ke dari ini itu dengan untuk dalam tidak akan pada juga ada oleh atau "
        "sebagai karena mereka telah sudah bisa kami kita"),
    "pl": _words(
        "i w na z do się nie że to jest o jak po co od za przez ale jego są było dla tak jej "
        "oraz który które"),
    "tr": _words(
        "ve bir bu da de için ile olarak daha çok gibi en olan ama sonra kadar değil ancak "
        "ise ya"),
}

# Month names (lower case) -> month number, for date lines.
MONTHS: dict[str, int] = {}
for _names in (
    "january february march april may june july august september october november december",
    "jan feb mar apr may jun jul aug sep oct nov dec",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "januar februar märz april mai juni juli august september oktober november dezember",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
    "januari februari maart april mei juni juli augustus september oktober november december",
):
    for _i, _name in enumerate(_names.split(), start=1):
        MONTHS.setdefault(_name, _i)
MONTHS["sept"] = 9

_FOLD_TRAIL = re.compile(r"[\s:：»›>→▶►|•·\-–—.…!()\[\]0-9]+$")
_FOLD_LEAD = re.compile(r"^[\s»›>→▶►|•·\-–—#*]+")


def fold(line: str) -> str:
    """The key a line is matched on: lower case, single spaces, no trailing colon, arrow
    or counter ("Comments (12)" -> "comments"), curly apostrophes made straight."""
    s = " ".join(line.lower().replace("’", "'").split())
    s = _FOLD_LEAD.sub("", s)
    s = _FOLD_TRAIL.sub("", s)
    return s
