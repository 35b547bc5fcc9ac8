"""Agreement documents to render in tests and benchmarks: short, common, long, many scripts."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from relate_desktop.domain.models import (
    Agreement,
    AgreementDocument,
    AgreementStatus,
    Appreciation,
    CheckInRecord,
    Commitment,
    Draft,
    DraftKind,
    FollowUp,
    FollowUpStatus,
    Person,
)

ZOE = Person("p-zoe", "Zoë")
LUKASZ = Person("p-lukasz", "Łukasz")

OPENING = (
    "I love you and I want us to work. When you picked up your phone during dinner, "
    "I made up that you'd rather be somewhere else. I felt lonely. "
    "Je voudrais qu'on dîne ensemble, sans téléphones."
)
RESPONSE = "Well, of course I can. I'll leave my phone in the hall from now on, Zoë."

LONG_OPENING = (
    "I love you and I want us to work, and I know you love me too. On Friday evening, when I "
    "was telling you about the meeting with my manager, you picked up your phone three times "
    "and answered a message while I was still talking. What I made up about it is that my day "
    "is less interesting to you than whatever is on that screen, and that you'd rather be "
    "somewhere else. I felt lonely, and a bit foolish for carrying on talking. What I'd like, "
    "if you are willing, is that we leave our phones in the hall during dinner, so that the "
    "half hour we have together at the table is only ours. I'm asking this as a favour, and "
    "I'll be glad of whatever you can give."
)
LONG_RESPONSE = (
    "What I heard is that you felt alone at the table when I was on my phone, and that it "
    "seemed to you that I'd rather be somewhere else. I can see why it looked that way, and "
    "I'm sorry it hurt. Well, of course I can: my phone stays in the hall during dinner, from "
    "tonight. If work really needs me, I'll say so before we sit down."
)

MIXED = "Maria 🙂 said 你好 and שלום"
GREEK = "Καλημέρα, αγάπη μου"
CYRILLIC = "Давай ужинать без телефонов"
HEBREW = "שלום, אני אוהבת אותך"
ARABIC = "مرحبا بالعالم"
JAPANESE = "毎晩いっしょに夕食を食べる"
KOREAN = "우리는 함께 저녁을 먹어요"


def local(*args: int) -> datetime:
    """An aware datetime on this computer's wall clock."""
    return datetime(*args).astimezone()  # type: ignore[arg-type]


FIRST_CHECK_IN = local(2026, 11, 29, 19, 0)


def make_document(
    *,
    people: tuple[Person, ...] = (ZOE, LUKASZ),
    title: str = "Phone-free dinners",
    commitments: int = 0,
    follow_ups: int = 1,
    done: int = 0,
    opening: str = OPENING,
    response: str | None = RESPONSE,
) -> AgreementDocument:
    """An agreement; `done` of its `follow_ups` have happened, with a note and appreciations."""
    chosen = (
        tuple(
            Commitment(
                people[i % len(people)].id, f"Commitment number {i} " + "lorem " * 12, "daily"
            )
            for i in range(commitments)
        )
        if commitments
        else (
            Commitment(
                people[-1].id,
                "Leave my phone in the hall during dinner",
                "From tonight, for a month",
            ),
            Commitment(
                people[0].id, "Say it kindly when a phone shows up at the table", "Every dinner"
            ),
        )
    )
    dates = [
        FollowUp(
            f"f-{i}",
            FIRST_CHECK_IN + timedelta(days=7 * i),
            FollowUpStatus.DONE if i < done else FollowUpStatus.PENDING,
            "keep" if i < done else None,
            f"Check-in note {i}: dinners were calmer this week." if i < done else "",
        )
        for i in range(follow_ups)
    ]
    agreement = Agreement(
        id="a-1",
        conflict_id="c-1",
        title=title,
        created_at=local(2026, 11, 22, 20, 15),
        status=AgreementStatus.ACTIVE,
        commitments=chosen,
        confirmed_by=tuple(person.id for person in people),
        follow_ups=tuple(dates),
    )
    history = tuple(
        replace(
            CheckInRecord.from_follow_up(f),
            appreciations=tuple(
                Appreciation(person.id, f"Thank you for check-in {i}, it meant a lot.")
                for person in people
            ),
        )
        for i, f in enumerate(dates)
        if f.status is FollowUpStatus.DONE
    )
    couple = len(people) > 1
    return AgreementDocument(
        agreement=agreement,
        conflict_title="The argument about phones at dinner",
        occurred_at=local(2026, 11, 21, 19, 30),
        people=people,
        opening=Draft(
            "d-1", DraftKind.REQUEST, people[0].id, people[-1].id if couple else None, {}, opening
        ),
        response=Draft("d-2", DraftKind.RESPONSE, people[-1].id, people[0].id, {}, response)
        if couple and response is not None
        else None,
        follow_ups=tuple(dates),
        check_ins=history,
    )


def common_document() -> AgreementDocument:
    """What most couples will export: a request, a response, three commitments, three
    check-in dates (the case that used to push the signatures onto a second page)."""
    document = make_document(
        opening=LONG_OPENING, response=LONG_RESPONSE, follow_ups=3, title="Phone-free dinners"
    )
    commitments = (
        Commitment(
            LUKASZ.id, "Leave my phone in the hall during dinner", "Every dinner, from tonight"
        ),
        Commitment(ZOE.id, "Say it kindly when a phone shows up at the table", "Every dinner"),
        Commitment(LUKASZ.id, "Tell Zoë before dinner when work may need me", "When it happens"),
    )
    return replace(document, agreement=replace(document.agreement, commitments=commitments))


def many_scripts_document() -> AgreementDocument:
    """Names, title and sentences in Latin with accents, Greek, Cyrillic, CJK, Hebrew, Arabic
    and emoji, mixed within lines."""
    maria, yael = Person("p-maria", "María José"), Person("p-yael", "יעל")
    people = (maria, yael)
    document = make_document(
        people=people,
        title="Dîners sans téléphone 🍽️",
        opening=f"{MIXED}. {GREEK}. {CYRILLIC}. {JAPANESE}. {KOREAN}.",
        response=f"{HEBREW} (ואני מבטיחה). {ARABIC}.",
        follow_ups=2,
    )
    commitments = (
        Commitment(yael.id, "להשאיר את הטלפון במסדרון בזמן ארוחת הערב", "כל ערב"),
        Commitment(maria.id, "Dire gentiment « pas de téléphone » à table 🙂", "Chaque dîner"),
        Commitment(maria.id, "每天晚上一起吃饭，不看手机。", "从今天开始"),
        Commitment(yael.id, "Говорить заранее, если работа требует", "Когда нужно"),
    )
    return replace(document, agreement=replace(document.agreement, commitments=commitments))


def long_document() -> AgreementDocument:
    """Many commitments and check-ins: about three pages."""
    return make_document(
        opening=LONG_OPENING, response=LONG_RESPONSE, commitments=14, follow_ups=12, done=8
    )


def three_pages_in_every_script() -> AgreementDocument:
    """The long agreement, with a request and a response that use all five fonts."""
    scripts = many_scripts_document()
    return replace(long_document(), opening=scripts.opening, response=scripts.response)
