"""The plain-text splitter on small dumps written for each rule."""

from __future__ import annotations

import pytest

import liveblog
from liveblog._options import Options
from liveblog._text import extract_text

BODY = "Le ministre a parlé devant la presse. Il a confirmé la visite."


def split(text: str) -> liveblog.Page:
    return liveblog.parse(text, published="2024-11-29T10:00:00+01:00", lang="fr")


class TestGluedHeadlines:
    def test_headline_glued_to_body_is_recovered(self) -> None:
        """A short sentence-free piece after a finished sentence, glued into a capital."""
        page = split(
            f"{BODY}Les infos à retenir :⇒ Visite à Pyongyang⇒ Appel des ONG"
            "La Russie salue le renforcement des liens avec la Corée du Nord"
            f"Le ministre russe est arrivé vendredi. {BODY}"
            "Un réseau d’ONG appelle Kiev à rejeter les mines"
            f"Le réseau a parlé jeudi. {BODY}"
        )
        assert ["lead", "post", "post"] == [e.role for e in page.entries]
        assert ("Visite à Pyongyang", "Appel des ONG") == page.key_points
        assert "La Russie salue le renforcement des liens avec la Corée du Nord" == (
            page.entries[1].headline
        )
        assert page.entries[2].text.startswith("Le réseau a parlé jeudi.")

    def test_ordinary_glued_paragraph_stays_whole(self) -> None:
        """ "…russes.La Roumanie occupe…" ends with a full stop, so it is no headline."""
        text = (
            f"{BODY}Les infos à retenir :⇒ A b c⇒ D e f"
            "Les Etats-Unis approuvent la vente de chasseurs F-35 à la Roumanie"
            "Les Etats-Unis ont approuvé la vente pour repousser les frappes russes."
            "La Roumanie occupe une position stratégique aux portes de l’Ukraine."
        )
        page = split(text)
        assert page.entries[-1].text.endswith(
            "les frappes russes.La Roumanie occupe une position stratégique aux portes "
            "de l’Ukraine."
        )

    def test_camel_case_names_do_not_split(self) -> None:
        """ "YouTube" and "McDonald" glue into capitals but follow no finished sentence."""
        page = split(f"{BODY} Les vidéos de YouTube montrent un restaurant McDonald en feu. {BODY}")
        assert 1 == len(page.entries)
        assert not page.is_live

    def test_article_without_live_structure_is_one_entry(self) -> None:
        """No key points, stamps or glued headlines: one entry with role "article"."""
        page = split(f"{BODY}\nUn intertitre court\n{BODY}")
        assert ["article"] == [e.role for e in page.entries]
        assert "Un intertitre court" in page.entries[0].text


class TestTimestampLines:
    DUMP = (
        "Sommet en direct : les dernières nouvelles | Monde\n\n"
        "00h10 CEST\n\nLe sommet continue dans la nuit.\n\nMis à jour à 00h15 CEST\n\n"
        "23h50 CEST\n\nUn titre court de post\n\nLes délégations sont arrivées.\n\n"
        "23.30 CEST\n\nLa réunion a commencé.\n\n"
        "2024-06-20 00:20:00\n"
    )

    def test_posts_split_at_stamp_lines(self) -> None:
        """Each "HHhMM ZONE" line opens a post; "Mis à jour à" is its updated stamp."""
        page = liveblog.parse(self.DUMP)
        assert 3 == len(page.entries)
        first = page.entries[0]
        assert first.posted is not None
        assert first.updated is not None
        assert "2024-06-20T00:10:00+02:00" == first.posted.isoformat()
        assert "2024-06-20T00:15:00+02:00" == first.updated.isoformat()
        assert "Un titre court de post" == page.entries[1].headline

    def test_midnight_crossing_steps_back_a_day(self) -> None:
        """Newest first: 00h10 then 23h50 means 23h50 the day before."""
        page = liveblog.parse(self.DUMP)
        days = [e.posted.date().isoformat() for e in page.entries if e.posted]
        assert ["2024-06-20", "2024-06-19", "2024-06-19"] == days

    def test_page_zone_is_the_stamps_zone(self) -> None:
        """The zone the stamps name is the page's zone, and it is not assumed."""
        page = liveblog.parse(self.DUMP)
        assert page.published is not None
        assert "2024-06-20T00:20:00+02:00" == page.published.isoformat()
        assert not page.zone_assumed
        assert "Sommet en direct : les dernières nouvelles" == page.title


class TestBoilerplate:
    @pytest.mark.parametrize(
        "junk",
        [
            "[ad_1]",
            "Écoutez cet article",
            "Facebook",
            "#guerre #ukraine #russie #poutine",
            ". . . + + + - - -",
            "📧 📬 🌍 Semaine par semaine, notre lettre.",
        ],
    )
    def test_junk_lines_are_dropped(self, junk: str) -> None:
        page = split(f"{BODY}\n{junk}\n{BODY}")
        assert all(junk not in e.text for e in page.entries)

    def test_nothing_after_an_end_marker(self) -> None:
        """A teaser after "Leave a Comment" belongs to another page, dates included."""
        page = liveblog.parse(
            f"{BODY}\nLeave a Comment\nUn autre article\n2019-01-01 10:00:00\n{BODY} Encore."
        )
        assert page.published is None
        assert all("Encore" not in e.text for e in page.entries)

    def test_tiktok_embed_is_cut_and_leaves_a_break(self) -> None:
        """ "@account … ♬ sound – Name" goes; the headline after it is recovered."""
        page = split(
            f"{BODY}Les infos à retenir :⇒ A b⇒ C d"
            f"Premier titre du direct en question{BODY} @lexpress 🇷🇺 Un texte. #a #b #c "
            "♬ original sound – L’Express Deuxième titre du direct"
            f"Le texte du deuxième post. {BODY}"
        )
        assert [None, "Premier titre du direct en question", "Deuxième titre du direct"] == [
            e.headline for e in page.entries
        ]
        assert all("original sound" not in e.text for e in page.entries)

    def test_caption_ending_in_credit_is_dropped(self) -> None:
        """A paragraph that ends in "Photographie : X" is a caption."""
        page = split(f"{BODY}\nDes soldats défilent. Photographie : Getty Images\n{BODY}")
        assert all("Getty" not in e.text for e in page.entries)

    def test_caption_line_before_credit_line_is_dropped(self) -> None:
        page = split(f"Le président et son hôte.\nPhoto : Agence AFP\n{BODY}")
        assert page.entries[0].text.startswith("Le ministre")


class TestMetadata:
    def test_footer_lines(self) -> None:
        """Syndication footers give url and publish time and never reach an entry."""
        extraction = extract_text(
            f"{BODY}\nSource link : https://example.fr/a\nAuthor :\n"
            "Publish date : 2024-11-29 10:11:29\nTags : Monde\n",
            options=Options(),
        )
        assert "https://example.fr/a" == extraction.meta.url
        assert extraction.meta.published is not None
        assert "2024-11-29T10:11:29" == extraction.meta.published.wall.isoformat()
        assert 1 == len(extraction.drafts)
        assert BODY == extraction.drafts[0].text

    def test_empty_page_has_a_reason(self) -> None:
        page = liveblog.parse("[ad_1]\n\n[ad_2]\n")
        assert () == page.entries
        assert page.reason
