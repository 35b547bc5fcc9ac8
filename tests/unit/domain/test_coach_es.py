"""The coach in Spanish: a few sentences of each kind, and their tricky look-alikes."""

from __future__ import annotations

import pytest

from relate_desktop.domain import coach

# (text, draft kind, part, expected kinds)
CASES = [
    ("Eres muy egoísta.", "free", None, {"label"}),
    ("Mi marido es un irresponsable con el dinero.", "free", None, {"label"}),
    ("Yo fui un irresponsable con el dinero.", "free", None, set()),
    ("Tu egoísmo nos está haciendo daño.", "free", None, {"label"}),
    ("El egoísta fui yo.", "free", None, set()),
    ("Siempre llegas tarde.", "free", None, {"absolute"}),
    ("Nunca me escuchas cuando hablo.", "free", None, {"absolute"}),
    ("Siempre me haces reír.", "free", None, set()),
    ("Nunca me fallas.", "free", None, set()),
    ("Gracias, siempre estás ahí.", "free", None, set()),
    ("No vuelvas nunca más tarde sin avisar.", "free", None, set()),
    ("Me haces sentir pequeña.", "free", None, {"you_statement"}),
    ("Me haces sentir querida.", "free", None, set()),
    ("Es tu culpa que lleguemos tarde.", "free", None, {"you_statement"}),
    ("Siento que no te importo.", "free", None, {"thought_as_feeling"}),
    ("Me siento sola.", "free", None, set()),
    ("que no te importo", "request", "feel", {"thought_as_feeling"}),
    ("triste y sola", "request", "feel", set()),
    ("Deberías llamar antes de venir.", "free", None, {"demand"}),
    ("No tienes que venir si estás cansado.", "free", None, set()),
    ("Debes de estar agotado.", "free", None, set()),
    ("Eres un idiota.", "free", None, {"contempt"}),
    ("Qué idea tan tonta tuve.", "free", None, set()),
    ("Si sigues así, te dejo.", "free", None, {"threat"}),
    ("Te dejo la cena en el horno.", "free", None, set()),
    ("Lo siento, pero estaba cansado.", "apology", None, {"excuse"}),
    ("Llegué tarde, pero quiero contarte por qué no volverá a pasar.", "apology", None, set()),
    ("Perdón si te molestó.", "apology", None, {"conditional_apology"}),
    ("Siento que te sientas así.", "apology", None, {"conditional_apology"}),
    ("Siento haber levantado la voz.", "apology", None, set()),
    ("que fueras más cariñoso", "request", "would_like", {"vague_request"}),
    ("que cenemos sin teléfonos los viernes", "request", "would_like", set()),
]


@pytest.mark.parametrize(("text", "kind", "part", "expected"), CASES)
def test_spanish_findings(text: str, kind: str, part: str | None, expected: set[str]) -> None:
    found = {f.kind.value for f in coach.findings(text, kind, part=part, language="es")}
    assert found == expected


def test_a_spanish_finding_is_explained_in_spanish() -> None:
    (finding,) = coach.findings("Eres muy egoísta.", language="es")
    assert finding.title == "Una etiqueta"
    assert "«egoísta»" in finding.explanation
    assert coach.group_title(finding.group, "es") == "Concreto"
    assert coach.ui_text("count_many", "es", count=2) == "2 sugerencias"


def test_a_spanish_wish_is_checked_in_spanish() -> None:
    good = coach.check_request("que cenemos sin teléfonos todos los viernes", "es")
    assert (good.specific, good.behavioural, good.doable) == (True, True, True)
    vague = coach.check_request("que seas más cariñoso", "es")
    assert (vague.specific, vague.behavioural) == (False, False)
    negative = coach.check_request("que dejes de mirar el móvil en la cena", "es")
    assert not negative.doable


@pytest.mark.parametrize("wish", ["sé más amable", "más respeto"])
def test_a_vague_spanish_wish_is_not_doable(wish: str) -> None:
    assert not coach.check_request(wish, "es").doable


def test_a_spanish_quotation_is_not_contempt() -> None:
    said = "El sábado le dijiste a Bobby: «eres un perdedor»."
    assert coach.findings(said, "facts", part="what_happened", language="es") == ()
