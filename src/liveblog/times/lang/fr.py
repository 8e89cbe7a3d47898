"""French words and conventions for the temporal engine (data only)."""

from __future__ import annotations

from liveblog.times.lang import LanguageData

__all__ = ["DATA"]

_NUMBERS = (
    ("un", 1), ("une", 1), ("deux", 2), ("trois", 3), ("quatre", 4), ("cinq", 5),
    ("six", 6), ("sept", 7), ("huit", 8), ("neuf", 9), ("dix", 10), ("onze", 11),
    ("douze", 12), ("treize", 13), ("quatorze", 14), ("quinze", 15), ("seize", 16),
    ("dix-sept", 17), ("dix-huit", 18), ("dix-neuf", 19), ("vingt", 20),
    ("vingt et un", 21), ("vingt-deux", 22), ("vingt-trois", 23), ("vingt-quatre", 24),
    ("trente", 30), ("quarante", 40), ("quarante-cinq", 45), ("cinquante", 50),
)  # fmt: skip

DATA = LanguageData(
    code="fr",
    months=(
        ("janvier",), ("février", "fevrier"), ("mars",), ("avril",), ("mai",), ("juin",),
        ("juillet",), ("août", "aout"), ("septembre",), ("octobre",), ("novembre",),
        ("décembre", "decembre"),
    ),  # fmt: skip
    month_abbreviations=(
        ("janv", "jan"), ("févr", "fév", "fevr", "fev"), (), ("avr",), (), (),
        ("juil",), (), ("sept", "sep"), ("oct",), ("nov",), ("déc", "dec"),
    ),  # fmt: skip
    weekdays=(
        ("lundi",), ("mardi",), ("mercredi",), ("jeudi",), ("vendredi",), ("samedi",),
        ("dimanche",),
    ),
    weekday_abbreviations=(
        ("lun",), ("mar",), ("mer",), ("jeu",), ("ven",), ("sam",), ("dim",),
    ),
    risky_months=("mars", "mai"),
    numeric_order="dmy",
    ordinal_suffixes=("er", "re", "ème", "eme", "e"),
    deictic_days=(
        ("aujourd'hui", 0), ("ce jour", 0), ("hier", -1), ("avant-hier", -2),
        ("demain", 1), ("après-demain", 2), ("apres-demain", 2), ("lendemain", 1),
        ("la veille", -1),
    ),
    parts_of_day=(
        ("matin", "MO"), ("matinée", "MO"), ("matinee", "MO"),
        ("après-midi", "AF"), ("apres-midi", "AF"), ("aprèm", "AF"),
        ("soir", "EV"), ("soirée", "EV"), ("soiree", "EV"),
        ("fin de journée", "EV"), ("fin d'après-midi", "AF"),
        ("mi-journée", "MI"),
        ("nuit", "NI"),
    ),
    part_links=("dans la", "en", "en fin de", "en début de", "dans l'", "au", "dans le"),
    this_words=("ce", "cet", "cette"),
    last_before=("dernier", "dernière"),
    last_after=("dernier", "dernière", "passé", "passée", "precedent", "précédent"),
    next_before=("prochain", "prochaine"),
    next_after=("prochain", "prochaine", "à venir", "suivant", "suivante"),
    date_openers=("le", "ce", "du", "au", "dès le", "dès", "jusqu'au", "à partir du"),
    since_words=("depuis",),
    time_openers=("à", "a", "vers", "dès", "jusqu'à", "avant", "après", "peu avant",
                  "peu après", "aux alentours de"),
    date_time_links=("à", "a", "vers", "dès", ","),
    hour_words=("h", "heures", "heure", "hr"),
    minute_words=(("et quart", 15), ("et demie", 30), ("et demi", 30),
                  ("moins le quart", -15), ("moins le quart", -15)),
    clock_words=(("midi", 12), ("minuit", 0)),
    meridiems=(("du matin", 0), ("du soir", 12), ("de l'après-midi", 12),
               ("de l'apres-midi", 12), ("am", 0), ("pm", 12)),
    zone_phrases=(("heure de paris", "Europe/Paris"), ("heure française", "Europe/Paris"),
                  ("heure locale", ""), ("heure de france", "Europe/Paris"),
                  ("heure française", "Europe/Paris")),
    numbers=_NUMBERS,
    units=(
        ("jour", "day"), ("jours", "day"), ("semaine", "week"), ("semaines", "week"),
        ("mois", "month"), ("an", "year"), ("ans", "year"), ("année", "year"),
        ("années", "year"), ("heure", "hour"), ("heures", "hour"), ("minute", "minute"),
        ("minutes", "minute"), ("h", "hour"), ("min", "minute"),
    ),
    ago_before=("il y a",),
    ago_after=("plus tôt", "auparavant"),
    later_before=("dans", "d'ici"),
    later_after=("plus tard", "après"),
    hedges=("environ", "à peu près", "près de", "plus de", "moins de", "quelque"),
    duration_openers=("pendant", "durant", "depuis", "en", "pour", "sur"),
    set_openers=("chaque", "tous les", "toutes les"),
    plural_openers=("les",),
    month_parts=(("début", "early"), ("debut", "early"), ("mi", "mid"), ("fin", "late"),
                 ("courant", "mid")),
    month_openers=("en", "au mois de", "au mois d'", "depuis", "courant", "d'ici"),
    night_of=("dans la nuit de", "dans la nuit du", "la nuit de", "la nuit du",
              "nuit de", "nuit du"),
    night_to=("à", "au"),
    night_words=(("dans la nuit", 99), ("cette nuit", 99), ("la nuit dernière", -1),
                 ("la nuit passée", -1), ("cette nuit-là", 99)),
    range_from=("du", "entre le", "entre", "de"),
    range_to=("au", "et le", "et", "à"),
    holidays=(
        ("noël", 12, 25), ("noel", 12, 25), ("veille de noël", 12, 24),
        ("réveillon de noël", 12, 24), ("saint-sylvestre", 12, 31),
        ("réveillon du nouvel an", 12, 31), ("jour de l'an", 1, 1), ("nouvel an", 1, 1),
        ("saint-valentin", 2, 14), ("halloween", 10, 31), ("fête du travail", 5, 1),
        ("fete du travail", 5, 1), ("fête nationale", 7, 14), ("toussaint", 11, 1),
        ("armistice", 11, 11),
    ),
    future_cues=(
        r"\b(?:aura|auront|sera|seront|ira|iront|va|vont|devra|devront|devrait|devraient)\b",
        r"\b(?:prévue?s?|prevue?s?|programmée?s?|attendue?s?|à venir|prochaine?s?)\b",
        r"\b\w{3,}(?:era|eront|ira|iront)\b",
        r"\b(?:doit|doivent)\s+(?:se|être|avoir|\w+er)\b",
    ),
    past_cues=(
        r"\b(?:a|ont|avait|avaient|était|étaient|fut|furent)\s+(?:\w+\s+)?\w+(?:é|és|ée|ées|i|is|it|u|us|t)\b",
        r"\b(?:s'est|se sont|s’est)\b",
    ),
)
