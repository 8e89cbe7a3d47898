"""Words and pattern fragments of plain-text page dumps: data only, no logic.

French and English phrases sit side by side because syndication dumps mix them (an
English "Publish date :" footer under a French article). The algorithms in this package
compile these fragments once; adding a phrase here needs no code change.
"""

from __future__ import annotations

from typing import Final

import attrs

__all__ = ["VOCAB", "TextVocab"]


@attrs.frozen
class TextVocab:
    """Phrase lists and regular-expression fragments read by the plain-text splitter."""

    #: Footer metadata labels, each a regex fragment matched at a line's start.
    source_link: tuple[str, ...]
    publish_date: tuple[str, ...]
    author: tuple[str, ...]
    tags: tuple[str, ...]
    copyright: tuple[str, ...]
    #: Lines after which nothing belongs to the page (comment boxes, mobile links).
    end_markers: tuple[str, ...]
    #: Whole lines that are never content (ads, audio players, newsletter promos).
    drop_lines: tuple[str, ...]
    #: Share-bar words: a line made only of these is a share bar.
    share_words: tuple[str, ...]
    #: Labels that introduce a photo credit ("Photo : Agence AFP").
    credit_labels: tuple[str, ...]
    #: Headers of a key-points list ("Les infos à retenir :⇒ A⇒ B").
    key_point_headers: tuple[str, ...]
    #: Bullets that separate key points.
    key_point_bullets: str
    #: Labels of an "updated at" stamp line ("Mis à jour à 07h31 CEST").
    updated_labels: tuple[str, ...]
    #: Labels of a "posted at" stamp line, optional before a clock time.
    posted_labels: tuple[str, ...]
    #: Sound credit of a TikTok embed ("♬ original sound – L’Express").
    sound_credit: str
    #: Title suffix separators ("Title | Section").
    title_separators: tuple[str, ...]
    #: Words of a title that say the page is live.
    live_words: tuple[str, ...]


VOCAB: Final = TextVocab(
    source_link=(r"source\s+link", r"source", r"lien\s+source", r"lien\s+d['’]origine"),
    publish_date=(
        r"publish(?:ed)?\s+date",
        r"date\s+de\s+publication",
        r"publi[ée]e?\s+le",
        r"published(?:\s+on)?",
    ),
    author=(r"author", r"auteur", r"par"),
    tags=(r"tags", r"mots[- ]cl[ée]s"),
    copyright=(r"copyright\s+for\s+syndicated", r"tous\s+droits\s+r[ée]serv[ée]s", r"©"),
    end_markers=(
        r"\[ad_2\]",
        r"leave\s+a\s+(?:comment|reply)",
        r"laisser\s+un\s+commentaire",
        r"quitter\s+la\s+version\s+mobile",
        r"exit\s+mobile\s+version",
        r"this\s+site\s+uses\s+akismet",
        r"related\s+(?:posts|articles)\s*:?$",
        r"articles?\s+similaires?\s*:?$",
        r"lire\s+aussi\s*:?$",
        r"à\s+lire\s+aussi\s*:?$",
    ),
    drop_lines=(
        r"\[ad_\d+\]",
        r"écoutez\s+cet\s+article",
        r"listen\s+to\s+this\s+article",
        r"audio\s+généré\s+(?:avec|par)",
        r"audio\s+generated\s+(?:with|by)",
        r"résumé\s+rapide\s+et\s+informations",
        r"inscrivez-vous\s+à\s+(?:notre|la)\s+newsletter",
        r"sign\s+up\s+(?:for|to)\s+(?:our|the)\s+newsletter",
        r"abonnez-vous",
        r"partager\s+(?:cet\s+article|sur)",
        r"share\s+(?:this|on)\b",
        r"publicité$",
        r"advertisement$",
    ),
    share_words=(
        "facebook",
        "twitter",
        "x",
        "linkedin",
        "pinterest",
        "whatsapp",
        "telegram",
        "reddit",
        "email",
        "e-mail",
        "mail",
        "imprimer",
        "print",
        "partager",
        "share",
        "copier le lien",
        "copy link",
        "messenger",
        "tumblr",
    ),
    credit_labels=(
        r"photographie",
        r"photographe",
        r"photo",
        r"photos",
        r"crédit\s+photo",
        r"crédits?",
        r"credit",
        r"photograph",
        r"image",
        r"illustration",
        r"vidéo",
    ),
    key_point_headers=(
        r"les\s+infos\s+à\s+retenir",
        r"les\s+faits\s+à\s+retenir",
        r"ce\s+qu['’]il\s+faut\s+retenir",
        r"les\s+points\s+clés",
        r"à\s+retenir",
        r"key\s+points",
        r"key\s+events",
        r"what\s+we\s+know(?:\s+so\s+far)?",
    ),
    key_point_bullets="⇒•►▶➤",
    updated_labels=(r"mis\s+à\s+jour\s+(?:à|le)", r"mise\s+à\s+jour\s*:?", r"updated\s+(?:at|on)?"),
    posted_labels=(r"publié\s+à", r"posté\s+à", r"posted\s+at", r"à"),
    sound_credit=r"♬",
    title_separators=(" | ", " - ", " – ", " — "),
    live_words=(r"en\s+direct", r"\blive\b", r"minute\s+par\s+minute", r"as\s+it\s+happened"),
)
