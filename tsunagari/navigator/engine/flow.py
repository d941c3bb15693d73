"""The guided flow (案内の流れ): a tile, "for me / for someone else", then only the
situation questions whose answer would change what the person is shown.

The original chatbot asks everyone the same fixed menu. Here the questions are data
(navigator/data/flow.yaml) and the next one is chosen by its expected effect on the top
results: for each possible answer, how many of the top results would change, weighted by
how likely that answer is among the worries still possible. A question that would change
nothing is never asked, so people in trouble tap as little as possible.

Pure Python: the edge gives a `Ranker` (the engine over the catalog snapshot) and renders
the ids as sentences.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from tsunagari.core.yaml_data import read_yaml

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "flow.yaml"
SKIP = "skip"
TILE_KEY = "tile"
STAGES = ("before", "situation", "after")


@dataclass(frozen=True)
class FlowAnswer:
    id: str
    needs: tuple[str, ...] = ()
    audience: str | None = None
    channel: str | None = None
    crisis: tuple[str, ...] = ()


@dataclass(frozen=True)
class FlowQuestion:
    id: str
    stage: str
    mode: str  # narrow | facet
    audiences: tuple[str, ...]
    tiles: tuple[str, ...]  # empty: every tile of its audiences
    answers: tuple[FlowAnswer, ...]

    def answer(self, answer_id: str) -> FlowAnswer | None:
        return next((a for a in self.answers if a.id == answer_id), None)

    def applies_to(self, audience: str, tile: str | None) -> bool:
        if audience not in self.audiences or tile is None:
            return False
        return not self.tiles or tile in self.tiles


@dataclass(frozen=True)
class Flow:
    tiles: dict[str, tuple[str, ...]]  # audience -> tile ids
    tile_needs: dict[str, tuple[str, ...]]
    questions: tuple[FlowQuestion, ...]
    clarify: FlowQuestion
    max_situation_questions: int = 3
    min_expected_change: float = 0.2
    top_k: int = 5

    def question(self, question_id: str) -> FlowQuestion | None:
        if question_id == self.clarify.id:
            return self.clarify
        return next((q for q in self.questions if q.id == question_id), None)

    def applicable(self, state: FlowState, stage: str) -> list[FlowQuestion]:
        return [
            q
            for q in self.questions
            if q.stage == stage and q.applies_to(state.audience, state.tile)
        ]

    def candidate_needs(self, tile: str) -> tuple[str, ...]:
        """The worries a tile can stand for: its defaults and what its questions name."""
        needs = list(self.tile_needs.get(tile, ()))
        for question in self.questions:
            if question.mode == "narrow" and question.tiles and tile in question.tiles:
                needs.extend(n for a in question.answers for n in a.needs)
        return tuple(dict.fromkeys(needs))


@dataclass(frozen=True)
class FlowState:
    """Where one person is in the flow. It travels signed in the page, never stored."""

    audience: str = "adult"  # the site: adult | child
    text: str = ""
    tile: str | None = None
    answers: tuple[tuple[str, str], ...] = ()  # (question id, answer id or SKIP), in order
    finished: bool = False  # the person asked to see the results now
    counted: tuple[str, ...] = ()  # usage events already counted for this conversation
    municipality: str = ""  # 6-digit local government code the person gave, if any

    def answer_to(self, question_id: str) -> str | None:
        return dict(self.answers).get(question_id)

    def with_answer(self, question_id: str, answer_id: str) -> FlowState:
        """Answer (or re-answer, keeping its place in the recap) one question."""
        if question_id in dict(self.answers):
            answers = tuple((q, answer_id if q == question_id else a) for q, a in self.answers)
        else:
            answers = (*self.answers, (question_id, answer_id))
        return replace(self, answers=answers)

    def without(self, question_ids: Iterable[str]) -> FlowState:
        dropped = set(question_ids)
        return replace(self, answers=tuple((q, a) for q, a in self.answers if q not in dropped))

    def with_tile(self, flow: Flow, tile: str) -> FlowState:
        """A new tile: answers that belonged to the old one no longer mean anything."""
        kept = {q.id for q in flow.questions if q.stage == "before"}
        return replace(
            self,
            tile=tile,
            finished=False,
            answers=tuple((q, a) for q, a in self.answers if q in kept),
        )


@dataclass(frozen=True)
class Outcome:
    """What the answers so far mean for the engine."""

    answers: dict[str, str]  # engine form: key -> "need:<id>"
    audience: str
    channel: str | None = None
    crisis_kinds: frozenset[str] = frozenset()
    for_someone_else: bool = False
    needs: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Step:
    kind: str  # tile | question | results
    question: FlowQuestion | None = None


Ranker = Callable[[Outcome], tuple[str, ...]]


@cache
def load_flow(path: Path = DATA_FILE) -> Flow:
    data = read_yaml(path)
    return Flow(
        tiles={k: tuple(v) for k, v in data["tiles"].items()},
        tile_needs={k: tuple(v) for k, v in data["tile_needs"].items()},
        questions=tuple(_question(q) for q in data["questions"]),
        clarify=_question(data["clarify"]),
        max_situation_questions=int(data["max_situation_questions"]),
        min_expected_change=float(data["min_expected_change"]),
        top_k=int(data["top_k"]),
    )


def _question(data: dict[str, Any]) -> FlowQuestion:
    stage = data.get("stage", "situation")
    if stage not in STAGES:
        raise ValueError(f"flow question {data['id']!r}: unknown stage {stage!r}")
    return FlowQuestion(
        id=str(data["id"]),
        stage=stage,
        mode=data.get("mode", "narrow"),
        audiences=tuple(data.get("audiences", ("adult",))),
        tiles=tuple(data.get("tiles", ())),
        answers=tuple(
            FlowAnswer(
                id=str(a["id"]),
                needs=tuple(a.get("needs", ())),
                audience=a.get("audience"),
                channel=a.get("channel"),
                crisis=tuple(a.get("crisis", ())),
            )
            for a in data["answers"]
        ),
    )


def outcome(flow: Flow, state: FlowState) -> Outcome:
    """The answers so far as engine input: needs, audience, channel, crisis."""
    needs: list[str] = []
    engine: dict[str, str] = {}
    audience, channel = state.audience, None
    crisis: set[str] = set()
    narrowed = False
    for question_id, answer_id in state.answers:
        question = flow.question(question_id)
        answer = question.answer(answer_id) if question else None
        if question is None or answer is None:
            continue
        narrowed = narrowed or (question.mode == "narrow" and bool(answer.needs))
        _add_needs(engine, needs, question_id, answer.needs)
        audience = answer.audience or audience
        channel = answer.channel or channel
        crisis.update(answer.crisis)
    if state.tile and not narrowed:
        _add_needs(engine, needs, TILE_KEY, flow.tile_needs.get(state.tile, ()))
    return Outcome(
        answers=engine,
        audience=audience,
        channel=channel,
        crisis_kinds=frozenset(crisis),
        for_someone_else=state.answer_to("for_whom") == "someone_else",
        needs=tuple(dict.fromkeys(needs)),
    )


def _add_needs(engine: dict[str, str], needs: list[str], key: str, ids: Iterable[str]) -> None:
    for place, need in enumerate(ids):
        engine[key if place == 0 else f"{key}.{place + 1}"] = f"need:{need}"
        needs.append(need)


def next_step(flow: Flow, state: FlowState, rank: Ranker) -> Step:
    """What to show next: the tile choice, one question, or the results."""
    if state.tile is None:
        return Step("results") if state.text.strip() else Step("tile")
    if outcome(flow, state).crisis_kinds:  # an answer revealed a crisis: help at once
        return Step("results")
    for question in flow.applicable(state, "before"):
        if state.answer_to(question.id) is None:
            return Step("question", question)
    if state.finished:
        return Step("results")
    after = flow.applicable(state, "after")
    if not any(state.answer_to(q.id) is not None for q in after):  # past the situation
        best = best_question(flow, state, rank)
        if best is not None:
            return Step("question", best)
    for question in after:
        if state.answer_to(question.id) is None:
            return Step("question", question)
    return Step("results")


def best_question(flow: Flow, state: FlowState, rank: Ranker) -> FlowQuestion | None:
    """The situation question that would change the top results most, if any would."""
    situation = flow.applicable(state, "situation")
    asked = sum(1 for q in situation if state.answer_to(q.id) is not None)
    open_questions = [q for q in situation if state.answer_to(q.id) is None]
    if asked >= flow.max_situation_questions or not open_questions:
        return None
    current = rank(outcome(flow, state))
    candidates = remaining_needs(flow, state)
    scored = [
        (expected_change(flow, state, q, rank, current, candidates), -place, q)
        for place, q in enumerate(open_questions)
    ]
    change, _place, question = max(scored, key=lambda item: (item[0], item[1]))
    return question if change >= flow.min_expected_change else None


def remaining_needs(flow: Flow, state: FlowState) -> frozenset[str]:
    """The worries still possible after the narrowing answers given so far."""
    needs = set(flow.candidate_needs(state.tile)) if state.tile else set()
    for question_id, answer_id in state.answers:
        question = flow.question(question_id)
        answer = question.answer(answer_id) if question else None
        if question and answer and question.mode == "narrow" and answer.needs:
            needs = set(answer.needs)
    return frozenset(needs)


def answer_likelihoods(question: FlowQuestion, candidates: frozenset[str]) -> dict[str, float]:
    """How likely each answer is, given the worries still possible.

    A narrowing answer is as likely as the share of possible worries it covers (answers
    about worries already ruled out get nothing; what no answer covers is "something
    else", which changes nothing). A facet answer (age, money too) is one of equals.
    """
    if question.mode == "facet":
        return {a.id: 1.0 / len(question.answers) for a in question.answers}
    if not candidates:
        return {}
    cover = {a.id: len(candidates.intersection(a.needs)) for a in question.answers}
    total = max(sum(cover.values()), len(candidates))
    return {answer_id: count / total for answer_id, count in cover.items() if count}


def expected_change(
    flow: Flow,
    state: FlowState,
    question: FlowQuestion,
    rank: Ranker,
    current: tuple[str, ...],
    candidates: frozenset[str],
) -> float:
    """Expected share of the top results that an answer to `question` would replace."""
    total = 0.0
    for answer_id, likelihood in answer_likelihoods(question, candidates).items():
        after = rank(outcome(flow, state.with_answer(question.id, answer_id)))
        total += likelihood * top_change(current, after, flow.top_k)
    return total


def top_change(before: tuple[str, ...], after: tuple[str, ...], k: int) -> float:
    """Share of the first k results that differ (0: same services, 1: all new)."""
    if k <= 0:
        return 0.0
    return 1.0 - len(set(before[:k]).intersection(after[:k])) / k


def recap(flow: Flow, state: FlowState) -> list[tuple[FlowQuestion, str]]:
    """The questions answered or skipped, in the order asked, for the recap."""
    items = []
    for question_id, answer_id in state.answers:
        question = flow.question(question_id)
        if question is not None and (answer_id == SKIP or question.answer(answer_id)):
            items.append((question, answer_id))
    return items
