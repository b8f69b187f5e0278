import pytest

pytestmark = [pytest.mark.model]


@pytest.mark.parametrize(
    "text",
    [
        "MOGADISHU — The Somali army said on Tuesday that a joint operation had killed 30 fighters.",
        "Strike near Jilib\n\n"
        "MOGADISHU — The Somali army said on Tuesday that a joint operation had killed 30 fighters.",
    ],
)
def test_a_dateline_is_not_the_speaker(analyze_text, text):
    report = analyze_text(text, "2024-03-19")
    assert [(a.speaker.text, a.cue.text) for a in report.attributions] == [("The Somali army", "said")]
