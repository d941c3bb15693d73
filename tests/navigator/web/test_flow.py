"""The guided flow engine (pure Python): which question comes next, and what answers mean."""

from __future__ import annotations

from tsunagari.catalog import records
from tsunagari.navigator import forms
from tsunagari.navigator.engine.flow import (
    SKIP,
    FlowState,
    Outcome,
    answer_likelihoods,
    load_flow,
    next_step,
    outcome,
    recap,
    remaining_needs,
    top_change,
)

FLOW = load_flow()


def needs_ranker(result: Outcome) -> tuple[str, ...]:
    """A stand-in for the engine: each need brings its own services, children theirs."""
    top: list[str] = ["child-line"] if result.audience == "child" else []
    for need in result.needs:
        top += [f"{need}-1", f"{need}-2"]
    if result.channel:
        top.insert(0, f"{result.channel}-line")
    return tuple(dict.fromkeys([*top, "general-1", "general-2", "general-3"]))[:5]


def constant_ranker(result: Outcome) -> tuple[str, ...]:
    return ("a", "b", "c", "d", "e")


def adult(tile: str, *answers: tuple[str, str]) -> FlowState:
    state = FlowState(audience="adult", tile=tile)
    for question, answer in answers:
        state = state.with_answer(question, answer)
    return state


def test_without_a_tile_or_words_the_person_chooses_a_tile():
    assert next_step(FLOW, FlowState(), needs_ranker).kind == "tile"


def test_free_words_without_a_tile_go_straight_to_the_results():
    assert next_step(FLOW, FlowState(text="家賃が払えない"), needs_ranker).kind == "results"


def test_for_me_or_someone_else_is_asked_first():
    step = next_step(FLOW, adult("hardship"), needs_ranker)
    assert step.question is not None
    assert step.question.id == "for_whom"


def test_the_question_that_splits_the_worries_most_comes_next():
    step = next_step(FLOW, adult("hardship", ("for_whom", "me")), needs_ranker)
    assert step.question is not None
    assert step.question.id == "hardship_what"


def test_no_question_is_asked_when_none_would_change_the_results():
    step = next_step(FLOW, adult("hardship", ("for_whom", "me")), constant_ranker)
    assert step.kind == "results"


def test_children_are_asked_phone_or_chat_before_the_results():
    state = FlowState(audience="child", tile="kids_school").with_answer("for_whom", "me")
    step = next_step(FLOW, state, constant_ranker)
    assert step.question is not None
    assert step.question.id == "channel"


def test_at_most_three_situation_questions_are_asked():
    state = adult("family", ("for_whom", "me"))
    asked = []
    for _ in range(10):
        step = next_step(FLOW, state, needs_ranker)
        if step.question is None:
            break
        asked.append(step.question.id)
        state = state.with_answer(step.question.id, step.question.answers[-1].id)
    assert step.kind == "results"
    situation = [q for q in asked if q != "for_whom"]
    assert 1 <= len(situation) <= FLOW.max_situation_questions


def test_a_skipped_question_is_not_asked_again_and_narrows_nothing():
    state = adult("hardship", ("for_whom", "me"), ("hardship_what", SKIP))
    step = next_step(FLOW, state, needs_ranker)
    assert step.question is None or step.question.id != "hardship_what"
    assert remaining_needs(FLOW, state) == frozenset(FLOW.candidate_needs("hardship"))
    assert outcome(FLOW, state).needs == FLOW.tile_needs["hardship"]


def test_showing_the_results_now_ends_the_questions():
    state = adult("hardship", ("for_whom", "me"))
    state = FlowState(**{**state.__dict__, "finished": True})
    assert next_step(FLOW, state, needs_ranker).kind == "results"


def test_an_answer_that_reveals_a_crisis_shows_help_at_once():
    state = FlowState(audience="child", tile="kids_self").with_answer("for_whom", "me")
    state = state.with_answer("kids_self_what", "want_to_disappear")
    assert next_step(FLOW, state, needs_ranker).kind == "results"
    assert outcome(FLOW, state).crisis_kinds == frozenset({"suicide"})


def test_a_tile_alone_stands_for_its_usual_worries():
    result = outcome(FLOW, adult("hardship"))
    assert result.answers == {"tile": "need:money"}


def test_a_narrowing_answer_replaces_the_tile_defaults():
    result = outcome(FLOW, adult("hardship", ("hardship_what", "housing")))
    assert result.answers == {"hardship_what": "need:housing"}


def test_answers_set_age_group_and_channel():
    state = adult("relationships", ("age", "child"))
    assert outcome(FLOW, state).audience == "child"
    kid = FlowState(audience="child", tile="kids_friends").with_answer("channel", "chat")
    assert outcome(FLOW, kid).channel == "chat"


def test_someone_else_is_remembered_for_the_wording():
    state = adult("health", ("for_whom", "someone_else"))
    assert outcome(FLOW, state).for_someone_else is True
    assert forms.question_text("age", for_someone_else=True) != forms.question_text("age")


def test_changing_the_tile_drops_the_answers_that_belonged_to_it():
    state = adult("hardship", ("for_whom", "me"), ("hardship_what", "debt"))
    changed = state.with_tile(FLOW, "health")
    assert changed.answers == (("for_whom", "me"),)


def test_changing_an_answer_keeps_its_place_in_the_recap():
    state = adult("hardship", ("for_whom", "me"), ("hardship_what", "debt"), ("age", "adult"))
    changed = state.with_answer("hardship_what", "housing")
    assert [q.id for q, _ in recap(FLOW, changed)] == ["for_whom", "hardship_what", "age"]
    assert changed.answer_to("hardship_what") == "housing"


def test_answers_about_worries_already_ruled_out_are_unlikely():
    question = FLOW.question("hardship_what")
    assert question is not None
    likelihoods = answer_likelihoods(question, frozenset({"debt"}))
    assert likelihoods == {"debt": 1.0}
    assert (
        sum(answer_likelihoods(question, frozenset(FLOW.candidate_needs("hardship"))).values())
        <= 1.0
    )


def test_top_change_counts_replaced_results():
    assert top_change(("a", "b"), ("a", "b"), 2) == 0.0
    assert top_change(("a", "b"), ("b", "c"), 2) == 0.5


def test_every_tile_question_and_answer_has_words_to_show():
    for tiles in FLOW.tiles.values():
        for tile in tiles:
            assert tile in forms.TILE_TEXTS
    for question in [*FLOW.questions, FLOW.clarify]:
        assert question.id in forms.QUESTION_TEXTS
        for answer in question.answers:
            assert (question.id, answer.id) in forms.ANSWER_TEXTS


def test_the_flow_names_only_needs_and_tiles_of_the_taxonomy():
    taxonomy = {need["id"]: set(need["tiles"]) for need in records.load_needs()}
    all_tiles = set().union(*taxonomy.values())
    assert set(FLOW.tile_needs) == all_tiles
    for tile, needs in FLOW.tile_needs.items():
        assert all(tile in taxonomy[need] for need in needs)
    for question in [*FLOW.questions, FLOW.clarify]:
        for answer in question.answers:
            assert set(answer.needs) <= set(taxonomy)


def test_once_the_closing_questions_begin_no_situation_question_comes_back():
    state = FlowState(audience="child", tile="kids_self").with_answer("for_whom", "me")
    state = state.with_answer("channel", "chat")
    assert next_step(FLOW, state, needs_ranker).kind == "results"
