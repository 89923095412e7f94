"""Session 20 (issue #10, helper pairs): allegation/denial pairs on news nobody tuned on.

* A body a lead describes is the body its next sentence names
  (:mod:`newskit.story.named_next`): ``The Chilean mining company that runs the pit denied
  ... . Andes Copper Holdings said``; never the one the described claim accuses, nor one
  that answers it.
* A denial by a source read as a person speaks through its people all the same when the
  story names someone ``X of`` it (:func:`newskit.story.voices.denial_voices`).

Stories written for these tests (a copper mine, a hospital group, a ferry line, a seed
company, a dairy), not from the sets measured."""

from __future__ import annotations

from newskit import Article, Claim, Pipeline, Story
from newskit.story import build_story
from newskit.story.named_next import name_next_sentence_bodies
from tests.story.helpers import contested_pairs


def _story(pipeline: Pipeline, *texts: str) -> Story:
    return build_story([pipeline.run(Article.from_dict({"id": f"a{i}", "source": f"Outlet {i}",
                                                        "published": "2025-09-0" + str(i + 1), "text": t}))
                        for i, t in enumerate(texts)])


def test_a_lead_that_describes_a_denier_is_named_by_the_next_sentence(pipeline: Pipeline) -> None:
    story = _story(pipeline,
                   "The Chilean mining company that runs the Cerro Alto pit denied on Monday that its tailings dam "
                   "had leaked into the river. Andes Copper Holdings said in a statement that every sample taken "
                   "in the past year met the legal limits.",
                   "Farmers in the valley accused Andes Copper Holdings of letting its tailings dam leak into the "
                   "river that waters their crops. \"The cattle will not drink from it,\" said farmer Rosa Quispe.")
    pairs = contested_pairs(story)
    assert any(d == "Andes Copper Holdings" for _, d in pairs), pairs
    assert not any("company" in d for _, d in pairs), pairs


def _claim(n: int, start: int, end: int, text: str, source: str, ref: tuple[int, int], stance: str,
           **kw: str) -> Claim:
    from newskit.model import SpanRef
    return Claim(article="a", id=f"a#c{n}", start=start, end=end, text=text[start:end], source=source,
                 stance=stance, source_ref=SpanRef(article="a", start=ref[0], end=ref[1], text=text[ref[0]:ref[1]]),
                 **kw)


_LEAD = ("A national nurses' union accused St Brigid Health of cutting night staff on its wards. "
         "St Brigid Health said staffing met every national guideline.")


def test_a_described_accuser_is_never_the_body_it_accuses() -> None:
    text = _LEAD
    union = text.index("national")
    accused = text.index("accused")
    said = text.index("St Brigid Health said")
    claims = [_claim(1, accused, text.index(". St"), text, "national nurses' union", (union, union + 22), "alleges"),
              _claim(2, said + 22, len(text) - 1, text, "St Brigid Health", (said, said + 16), "asserts")]
    out = name_next_sentence_bodies(claims, {"a": text})
    assert out[0].source == "national nurses' union", out[0].source


def test_a_described_source_after_the_lead_points_back_not_forward() -> None:
    # "the operator" mid-article points back at what came before it, not at the next name
    text = ("Ferries were cancelled for a second day on Tuesday. Passengers waited for hours at the pier. "
            "The operator said the engines had been checked. Baltic Lines said the next crossing was on Friday.")
    op = text.index("operator")
    said = text.index("Baltic Lines")
    claims = [_claim(1, text.index("the engines"), text.index(". Baltic"), text, "operator", (op, op + 8), "asserts"),
              _claim(2, text.index("the next"), len(text) - 1, text, "Baltic Lines", (said, said + 12), "asserts")]
    assert name_next_sentence_bodies(claims, {"a": text})[0].source == "operator"


def test_a_description_is_named_only_by_a_name_not_by_a_sentence_opening() -> None:
    text = ("The seed company behind the new wheat variety said yields had doubled. Local growers said the "
            "harvest was no better than last year's.")
    co = text.index("seed company")
    lg = text.index("Local growers")
    claims = [_claim(1, text.index("yields"), text.index(". Local"), text, "seed company", (co, co + 12), "asserts"),
              _claim(2, text.index("the harvest"), len(text) - 1, text, "Local growers", (lg, lg + 13), "asserts")]
    assert name_next_sentence_bodies(claims, {"a": text})[0].source == "seed company"


def test_a_body_read_as_a_person_speaks_through_its_manager(pipeline: Pipeline) -> None:
    story = _story(pipeline,
                   "Parents accused the dairy of selling milk that made their children ill. \"Three of my kids were "
                   "sick for a week,\" said Tomás Ferreira, a father of four. The dairy, Lacticínios Serra Verde, "
                   "denied the accusation. Its manager, Helena Costa, said every batch had been tested before it "
                   "left the plant.")
    pairs = contested_pairs(story)
    assert any("Helena Costa" in d for _, d in pairs), pairs


def test_a_group_the_lead_describes_is_the_group_named_next() -> None:
    # a body's generic head ("group") describes as well as a trade noun does; a name the
    # persons reader took for a person is a body when the story names someone "X of" it
    text = ("Garment workers were locked inside the burning factory, a labour rights group said on Friday. "
            "Mekong Labour Watch said the fire exits had been chained shut.")
    grp = text.index("labour rights group")
    watch = text.index("Mekong Labour Watch")
    claims = [_claim(1, 0, text.index(", a labour"), text, "labour rights group", (grp, grp + 19), "alleges"),
              _claim(2, text.index("the fire"), len(text) - 1, text, "Mekong Labour Watch", (watch, watch + 19),
                     "alleges", source_type="person"),
              Claim(article="b", id="b#c1", start=0, end=10, text="exits were", source="Dara Sok of Mekong Labour Watch",
                    source_type="person")]
    out = name_next_sentence_bodies(claims, {"a": text, "b": "exits were chained."})
    assert out[0].source == "Mekong Labour Watch", out[0].source
    alone = name_next_sentence_bodies(claims[:2], {"a": text})
    assert alone[0].source == "labour rights group", alone[0].source


def test_a_source_named_by_its_role_is_the_one_person_with_that_title(pipeline: Pipeline) -> None:
    story = _story(pipeline,
                   "Chile's transport minister said on Monday that the dockers' union had blocked the port of "
                   "Valparaíso illegally. The union denied the accusation and said the blockade was lawful.",
                   "The blockade has held up 40 ships, Transport Minister Juan Carlos Muñoz told reporters on "
                   "Tuesday.")
    sources = {c.source or "" for c in story.claims}
    assert any(s.startswith("Juan Carlos Muñoz") for s in sources), sources
    assert not any(s.startswith("transport minister") for s in sources), sources


def test_a_role_two_people_hold_names_neither(pipeline: Pipeline) -> None:
    story = _story(pipeline,
                   "The refinery had hidden the leak for a week, the state senator said on Monday.",
                   "State Senator Ann Lee visited the plant. State Senator Robert Hale said the company would be "
                   "called to testify.")
    leak = [c.source for c in story.claims if "hidden the leak" in c.text]
    assert leak == ["state senator"], leak


def test_each_party_named_once_in_a_pairs_summary() -> None:
    """A charge told in two outlets reads as one accuser with both cues, not as two accusers;
    past the limit the other parties are counted, not dropped silently."""
    from newskit.story.contested import _who
    text = "Ministers alleged fraud. Ministers accused the board. The board denied it."
    claims = [_claim(1, 0, 23, text, "Ministers", (0, 9), "alleges", cue="alleged"),
              _claim(2, 24, 51, text, "Ministers", (24, 33), "alleges", cue="accused")]
    outlets = {"a": "Reuters"}
    assert _who(claims, outlets) == "Ministers (alleged, Reuters; accused, Reuters)"
    many = [_claim(n, 0, 23, text, f"Party {n}", (0, 9), "alleges", cue="alleged") for n in range(6)]
    assert _who(many, outlets, most=4).endswith("Party 3 (alleged, Reuters) and 2 more")
