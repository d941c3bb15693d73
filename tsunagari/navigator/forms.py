"""What the navigator's pages accept, and the words of the guided flow.

flow.yaml holds only ids; the sentences people read are here, as translatable strings
(msgids in English; Japanese and the other languages come from locale/*.po). Answer
wording is neutral ("Violence by a partner") so that it reads right whether the person
asks for themselves or for someone else. Children's answers speak in the first person,
as the original children's chatbot did.
"""

from __future__ import annotations

from dataclasses import dataclass

from django import forms
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from tsunagari.navigator.engine.flow import SKIP
from tsunagari.navigator.requests import MAX_TEXT

TILE_TEXTS: dict[str, tuple[Promise, Promise]] = {
    "relationships": (
        _("Trouble with people"),
        _("Loneliness, neighbours, a partner, harassment, discrimination"),
    ),
    "health": (
        _("Worries about health"),
        _("Body, mind, sleep, addiction, disability, pregnancy"),
    ),
    "family": (
        _("Worries at home"),
        _("Family conflict, violence, raising children, caring, losing someone"),
    ),
    "hardship": (
        _("Struggling to get by"),
        _("Money, debt, rent and housing, losing work"),
    ),
    "life_change": (
        _("Changes in my life"),
        _("Losing someone, moving, living alone, growing older, a disaster"),
    ),
    "work_school": (
        _("Stress at work or school"),
        _("The workplace, losing a job, bullying, school"),
    ),
    "kids_school": (_("School"), _("Bullying, classes, not wanting to go")),
    "kids_family": (_("Family"), _("Things at home, the people you live with")),
    "kids_friends": (_("Friends"), _("Friends, being left out, online")),
    "kids_self": (_("About me"), _("How I feel, my body, who I am")),
}

QUESTION_TEXTS: dict[str, Promise] = {
    "for_whom": _("Who are you looking for help for?"),
    "relationships_what": _("Which of these is closest to what is happening?"),
    "health_what": _("What is the health worry about?"),
    "family_what": _("What is happening at home?"),
    "hardship_what": _("What is hardest right now?"),
    "change_what": _("What has changed?"),
    "work_school_what": _("What is the stress about?"),
    "age": _("How old are you?"),
    "money_too": _("Is money also a worry?"),
    "kids_school_what": _("What is happening at school?"),
    "kids_family_what": _("What is happening at home?"),
    "kids_friends_what": _("What is happening with your friends?"),
    "kids_self_what": _("What is on your mind?"),
    "channel": _("How would you like to talk to someone?"),
    "clarify": _("What is it mostly about?"),
}

# When the person asks for someone else, a few questions are about that person.
QUESTION_TEXTS_FOR_SOMEONE_ELSE: dict[str, Promise] = {
    "age": _("How old is the person you are thinking of?"),
}

ANSWER_TEXTS: dict[tuple[str, str], Promise] = {
    ("for_whom", "me"): _("For me"),
    ("for_whom", "someone_else"): _("For someone else"),
    ("relationships_what", "no_one_to_talk"): _("No one to talk to, feeling alone"),
    ("relationships_what", "people_around"): _("Friends, neighbours or people nearby"),
    ("relationships_what", "partner_or_family"): _("Arguments with a partner or family"),
    ("relationships_what", "hurt_by_partner"): _("Violence, threats or control by a partner"),
    ("relationships_what", "sexual_harm"): _("Sexual violence or unwanted sexual contact"),
    ("relationships_what", "discrimination"): _("Discrimination, or attacks on the internet"),
    ("relationships_what", "gender_identity"): _("Gender identity or sexual orientation"),
    ("relationships_what", "crime_or_stalking"): _("Stalking, threats or another crime"),
    ("relationships_what", "staying_home"): _("Hardly leaving home for a long time"),
    ("health_what", "body"): _("An illness, an injury or the cost of treatment"),
    ("health_what", "mind"): _("Feeling low or anxious, or not sleeping"),
    ("health_what", "dark_thoughts"): _("Thoughts of dying or disappearing"),
    ("health_what", "addiction"): _("Alcohol, drugs, gambling or gaming"),
    ("health_what", "disability"): _("A disability"),
    ("health_what", "pregnancy"): _("Pregnancy or giving birth"),
    ("family_what", "conflict"): _("Arguments or a painful relationship in the family"),
    ("family_what", "hurt_by_partner"): _("Violence, threats or control by a partner"),
    ("family_what", "child_harmed"): _("A child is being hurt or neglected"),
    ("family_what", "raising_children"): _("Raising children"),
    ("family_what", "pregnancy"): _("Pregnancy or giving birth"),
    ("family_what", "single_parent"): _("Raising children alone"),
    ("family_what", "caring"): _("Caring for a family member"),
    ("family_what", "bereavement"): _("Someone in the family has died"),
    ("hardship_what", "daily_costs"): _("Not enough money to live on"),
    ("hardship_what", "debt"): _("Debts that cannot be repaid"),
    ("hardship_what", "housing"): _("Rent, or losing a place to live"),
    ("hardship_what", "no_job"): _("Losing a job, or not finding work"),
    ("hardship_what", "scam"): _("A contract, a purchase or a scam"),
    ("hardship_what", "legal"): _("A legal problem"),
    ("change_what", "lost_someone"): _("Someone close has died"),
    ("change_what", "living_alone"): _("Moving, or now living alone with no one around"),
    ("change_what", "caring"): _("Starting to care for a family member"),
    ("change_what", "getting_older"): _("Growing older"),
    ("change_what", "disaster"): _("A disaster such as an earthquake or a flood"),
    ("change_what", "new_in_japan"): _("Coming to live in Japan"),
    ("change_what", "after_prison"): _("Starting again after prison or trouble with the law"),
    ("change_what", "staying_home"): _("Hardly leaving home for a long time"),
    ("work_school_what", "workplace"): _("The workplace: hours, pay or harassment"),
    ("work_school_what", "no_job"): _("Losing a job, or not finding work"),
    ("work_school_what", "bullying"): _("Bullying"),
    ("work_school_what", "school"): _("School, studies or not going to school"),
    ("age", "child"): _("18 or under"),
    ("age", "adult"): _("19 to 64"),
    ("age", "older"): _("65 or over"),
    ("money_too", "yes"): _("Yes, money is a worry too"),
    ("money_too", "no"): _("No"),
    ("kids_school_what", "bullied"): _("Someone is mean to me, or I am bullied"),
    ("kids_school_what", "no_friends"): _("I can't make friends and I feel lonely"),
    ("kids_school_what", "not_going"): _("I don't want to go to school"),
    ("kids_school_what", "studies"): _("Studies, or what to do after school"),
    ("kids_family_what", "hurt_at_home"): _("Someone at home hits me or says things that hurt"),
    ("kids_family_what", "not_cared_for"): _("I don't get enough food or care at home"),
    ("kids_family_what", "fighting"): _("My family fights a lot"),
    ("kids_family_what", "young_carer"): _("I look after someone in my family"),
    ("kids_family_what", "money"): _("My family does not have enough money"),
    ("kids_friends_what", "bullied"): _("Someone is mean to me, or I am bullied"),
    ("kids_friends_what", "no_friends"): _("I have no friends and I feel lonely"),
    ("kids_friends_what", "falling_out"): _("I fell out with a friend"),
    ("kids_friends_what", "online"): _("Something bad happened online or on social media"),
    ("kids_self_what", "sad_or_worried"): _("I often feel sad or worried"),
    ("kids_self_what", "want_to_disappear"): _("I want to disappear or die"),
    ("kids_self_what", "hurting_myself"): _("I hurt myself"),
    ("kids_self_what", "unwanted_touch"): _(
        "Someone touched me or took pictures of me in a way I did not want"
    ),
    ("kids_self_what", "gender_or_love"): _("My gender, or who I love"),
    ("kids_self_what", "lonely"): _("I feel lonely"),
    ("channel", "phone"): _("By phone"),
    ("channel", "chat"): _("By chat or social media, such as LINE"),
    ("clarify", "money"): _("Money"),
    ("clarify", "health"): _("My health"),
    ("clarify", "mind"): _("Feelings, stress or sleep"),
    ("clarify", "family"): _("Family"),
    ("clarify", "work_or_school"): _("Work or school"),
    ("clarify", "alone"): _("Feeling alone"),
}

SKIPPED_TEXT = _("Skipped")

CONTACT_KIND_TEXTS: dict[str, Promise] = {
    "phone": _("Phone"),
    "free_dial": _("Free call"),
    "short_code": _("Short number"),
    "chat": _("Chat"),
    "sns": _("Social media"),
    "email": _("Email"),
    "url": _("Website"),
    "visit": _("Visit"),
    "letter": _("Letter"),
}

COST_TEXTS: dict[str, Promise] = {
    "free": _("Free"),
    "free_call": _("Free, and the call is free too"),
    "call_charge": _("Free to talk; you pay for the call"),
    "paid": _("There is a charge"),
    "varies": _("The cost depends on the place"),
}


def question_text(question_id: str, *, for_someone_else: bool = False) -> Promise | str:
    if for_someone_else and question_id in QUESTION_TEXTS_FOR_SOMEONE_ELSE:
        return QUESTION_TEXTS_FOR_SOMEONE_ELSE[question_id]
    return QUESTION_TEXTS.get(question_id, question_id)


def answer_text(question_id: str, answer_id: str) -> Promise | str:
    if answer_id == SKIP:
        return SKIPPED_TEXT
    return ANSWER_TEXTS.get((question_id, answer_id), answer_id)


@dataclass(frozen=True)
class Command:
    """One step a person took: what they pressed, and its value."""

    kind: str  # tile | answer | edit | text | now
    value: str = ""
    question: str = ""


class StepForm(forms.Form):
    """Every navigator POST: start pages and each step of the conversation.

    Buttons carry the command: `tile=<id>`, `answer=<question>:<answer>`, `edit=<id>`,
    `op=text|now`. The token carries the state (state.py).
    """

    audience = forms.ChoiceField(
        choices=[("adult", _("Adult")), ("child", _("Child"))], required=False
    )
    token = forms.CharField(required=False, max_length=20000)
    # Longer text is cut, not refused: a person in trouble should never lose their words.
    text = forms.CharField(label=_("What is troubling you?"), required=False, strip=True)
    tile = forms.SlugField(required=False, max_length=40)
    answer = forms.RegexField(regex=r"^[a-z0-9_]{1,40}:[a-z0-9_]{1,40}$", required=False)
    edit = forms.SlugField(required=False, max_length=40)
    op = forms.ChoiceField(choices=[("text", "text"), ("now", "now")], required=False)
    # Never required: a postal code or a municipality's name, to show its own desks.
    postal_code = forms.CharField(
        label=_("Postal code or municipality (optional)"), required=False, max_length=40
    )

    def command(self) -> Command:
        data = self.cleaned_data
        if data.get("answer"):
            question, _sep, answer = data["answer"].partition(":")
            return Command("answer", answer, question)
        if data.get("tile"):
            return Command("tile", data["tile"])
        if data.get("edit"):
            return Command("edit", data["edit"])
        text = (data.get("text") or "")[:MAX_TEXT]
        return Command(data.get("op") or "text", text)
