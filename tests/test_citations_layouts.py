"""Author-year layouts of real papers: entry shapes, names, years, titles and lists of one
entry per line (issue 11)."""

from __future__ import annotations

import pytest

from lint.citations import analyse, fields, shapes
from lint.citations.authoryear import author_year
from lint.citations.lists import find_lists
from lint.citations.names import first_surname
from lint.document import Document


def doc(text: str) -> Document:
    return Document("doc.txt", text.encode("utf-8"))


def firsts(text: str) -> list[int]:
    """First line of each entry of each list."""
    return [e.first_line for lst in find_lists(doc(text)) for e in lst.entries]


@pytest.mark.parametrize(
    "entry",
    [
        "Kosal, M. E., & Huang, J. Y. (2011). Title. Journal, 14, 210–219.",
        "Moreau JP, Tanaka KL. 2011. Title. Journal 14:210–219.",
        "Harlow K 2017 TreeKit: tree based inference. R package.",
        "van Wessel MT, Christoffersen KE (2004) Long-term trials. Glob Soils Biol 10: 105–123.",
        "de Lacroix PJ-M, Rensink B (1998) Memory. Nature 391: 412–415.",
        "D'Amato C, Ferreira F (1999) Genetic evidence. J Cell Chem 274: 25899–25905.",
        "R Core Team 2019 R: a system for data analysis and graphics.",
        "UNICEF. 2014. The state of the world's children.",
    ],
)
def test_entry_openings(entry: str) -> None:
    assert shapes.ENTRY_START.match(entry)


def test_particle_opens_an_entry_a_lower_case_word_continues_one() -> None:
    assert not shapes.continuation_like("von Stralenheim KH 1987 Handbuch der Libellen.")
    assert shapes.continuation_like("that requires the KRX4 helicase domain.")


@pytest.mark.parametrize(
    ("head", "surname"),
    [
        ("Kosal, M. E., & Huang, J. Y. ", "Kosal"),
        ("Moreau JP, Tanaka KL. ", "Moreau"),
        ("Erik Hagen and Andreas Marklund. ", "Hagen"),
        ("Matthew E Porter, Mark Naumann, ", "Porter"),
        ("J. P. Moreau and K. Tanaka, ", "Moreau"),
        ("von Stralenheim KH ", "Stralenheim"),
        ("WHO. ", "WHO"),
        # A sole author in Vancouver order, then the title (the year comes after the journal)
        ("Costa R. River terraces of the north. Journal of Field Studies. ", "Costa"),
        ("van der Berg JP. Coastal dunes. Applied Survey Methods. ", "Berg"),
        ("Erik Hagen. A history of the fjords. Nordic Review ", "Hagen"),
        ("World Health Organization. Global tuberculosis report. ", "World"),
    ],
)
def test_first_surname(head: str, surname: str) -> None:
    assert first_surname(head) == surname


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("EMBO J 11:1583–1591.", ()),  # pages after a volume, a range
        ("Evol Zool. 2003;41:312–320.", ("2003",)),
        ("Thesis. Lakeland Medical University.2004.", ("2004",)),  # glued after a full stop
        ("Current Methods in Plant Ecology2006.", ()),  # glued to a word
        ("PLoS ONE 4: e2004.", ()),  # an article number
    ],
)
def test_publication_years(text: str, found: tuple[str, ...]) -> None:
    assert fields.years(text) == found


def test_title_of_an_entry() -> None:
    entry = "Halvorsen J, Ostrander F, Kimura J. Models of Danio rerio infection. 2008."
    assert fields.title_key(entry) == "models of danio rerio infection"


def test_one_entry_per_line_with_short_web_and_software_entries() -> None:
    lines = [
        "Amsel, J., & Lund, A. (2009). A short guide to scripting in Lua. BMC Research Methods.",
        "Quarry.org [http://www.quarry.org/]",
        "CodeMarket",
        "Vaultly.com [http://vaultly.com/]",
        "XStore [http://www.xstore.com]",
        "Ostara Mapper [http://mapper.ostara.org/]",
        "Farro [http://farroproject.org/]",
        "MyTable [http://www.mytable.com/]",
        "SQLMapper [http://www.sqlmapper.org/]",
        "QSON [http://www.qson.org/]",
        "The Official Tarn Web site [http://tarn.org/]",
        "fastgrid package for R [http://cran.r-project.org/web/packages/fastgrid/]",
        "Bramble Programming Language [http://www.bramble.org/]",
        "Garnet Programming Language [http://www.garnet-lang.org/]",
        "Sallis V, Stenger S (in presss) A second look at the scale reliability. J Pers Meas",
        "Thorée MJ, Sallis V (2006) Shifting judgements of face symmetry. Evol Soc Behav 27.",
        "van Wessel MT, Christoffersen KE (2004) Long-term peat bog field trials. Glob Biol.",
        "Chronicle [http://chronicle.tigris.org/]",
        "Twig - Small Revision Control Tool [http://twig-vcs.com/]",
    ]
    text = "Body (Amsel and Lund, 2009).\n\nReferences\n" + "\n".join(lines) + "\n"
    assert firsts(text) == list(range(4, 4 + len(lines)))
    assert find_lists(doc(text))[0].one_per_line


def test_hard_wrapped_list_is_not_one_entry_per_line() -> None:
    text = (
        "Body (Nye, 2004).\n\nReferences\n"
        "Nye, J. S. (2004). Soft power: The means to success in world\npolitics. PublicAffairs.\n"
        "Keohane, R. O. (1984). After hegemony: Cooperation and discord in\n"
        "the world political economy. Princeton University Press.\n"
        "Waltz, K. N. (1979). Theory of international politics. Addison-Wesley,\n"
        "Reading, MA, and London.\n"
    )
    lists = find_lists(doc(text))
    assert firsts(text) == [4, 6, 8] and not lists[0].one_per_line


def test_wraps_after_full_stops_keep_one_entry_per_work() -> None:
    """pdftotext wraps at the page width; in Vancouver and PLOS entries the wrap often
    falls after the title's full stop, so most lines end as entries end."""
    lines = [
        "Achebe R, Novak Y, Achebe F. Frances Braman and the river. Appl Surv Meth. 1988;10:498.",
        "de Souza C, Kim O, Lindqvist T. The sediment of northern lakes revisited. Frontiers in",
        "Landscape Research. 2010;11:642–658.",
        "Haddad D. Pay up in the fish markets. Annals of Applied History. 2003;11:506–520.",
        "Kim S, Mehta N, Santos R, Kowalski I, Ibrahim M, Novak F, et al. John Stevens Berry.",
        "Journal of Regional Ecology. 2000;45:381–397.",
        "Olsen H, Tanaka O. 2004. Battle of the island in the delta. Front Res 12:413–426.",
        "doi:10.3779/jrs.48612",
        "van der Berg H, Petrov F. Opinion polling for the 2007 election in the north of France.",
        "Journal of Field Studies. 1999;34:676–703.",
        "World Health Organization. Tuberculosis in rural districts. Field Studies. 1999;3:6–7.",
    ]
    text = "Body text (Haddad 2003).\n\nReferences\n" + "\n".join(lines) + "\n"
    assert firsts(text) == [4, 5, 7, 8, 10, 12, 14]
    assert not find_lists(doc(text))[0].one_per_line  # so no entry is "split in two"


def test_a_page_break_inside_a_citation_and_a_name_hyphenated_across_lines() -> None:
    page = (
        "Samples were taken at every site along the river in the dry season of the year,\n"
        "and each was stored at four degrees until it reached the laboratory for work.\n"
    ) * 6
    text = (
        f"Rivers of the north\n\nAbstract\n{page}\nMethods\n{page}"
        "The same result was found before (da Silva and Garcia-\n"
        "Rivers of the north\n"
        "Lopez 2011). It was confirmed by later counts in the same season of the year.\n"
        f"{page}\nResults\n{page}Rivers of the north\n{page}\nReferences\n"
        "da Silva P, Garcia-Lopez M. 2011. Counts in the river. J Rivers 41:325–355.\n"
        "Sato K. 2015. Counts in the delta. J Rivers 45:12–19.\n"
    )
    analysis = analyse(doc(text))
    assert analysis.unresolved == ()
    assert analysis.cited == {(0, 0)}  # Sato 2015 is cited nowhere


@pytest.mark.parametrize(
    ("text", "works"),
    [
        ("(R Core Team 2019)", (("R Core Team", "2019"),)),
        ("(Moreau and Garcia-\nLopez 2011)", (("Moreau and Garcia-\nLopez", "2011"),)),
        ("(van Dijk & de Souza, 2006b)", (("van Dijk & de Souza", "2006b"),)),
        ("Hedley's (1994) index", (("Hedley", "1994"),)),
        ("during (April-October 2012)", None),
        ("(either model A or model 2000)", None),
    ],
)
def test_author_year_names(text: str, works: tuple[tuple[str, str], ...] | None) -> None:
    found = [c.works for c in author_year(text)]
    assert (found[0] if found else None) == works


def test_numbered_text_cites_numbered_entries_only_by_number() -> None:
    text = (
        "Shown [1], [2]; Hartley [Hartley 1921] disagreed (Jones, 2005).\n\nReferences\n"
        "1. Nye J (2004) Soft power. PublicAffairs.\n2. Keo R (1984) After hegemony. Press.\n"
        "3. Hartley G (1921) Remarks on the position of Galago. Proc Zool Soc 1921: 465–475.\n"
    )
    analysis = analyse(doc(text))
    assert analysis.cited == {(0, 0), (0, 1)} and analysis.unresolved == ()
