from newsintel.records import Actor, Attribution, Document, Report, Span, Speaker
from newsintel.render.highlight import segments
from newsintel.render.html import render_html

HOSTILE = (
    'The spokesman <script>alert(1)</script> said "<img src=x onerror=alert(2)>" '
    'and linked <a href="javascript:alert(3)">here</a>.'
)


def hostile_report() -> Report:
    speaker = Span.of(HOSTILE, 0, 13)
    return Report(
        document=Document(id="x", text=HOSTILE, title="<b>title</b>"),
        actors=[Actor(id="local:spokesman", name="<i>spokesman</i>", mentions=[speaker])],
        attributions=[
            Attribution(
                id="a1",
                kind="direct",
                content=[Span.of(HOSTILE, 49, 79)],
                cue=Span.of(HOSTILE, 44, 48),
                speaker=Speaker(text="The spokesman", span=speaker, kind="named"),
            )
        ],
    )


def test_article_text_is_escaped_everywhere():
    page = render_html(hostile_report())
    assert "<script>alert(1)" not in page
    assert "<img src=x" not in page
    assert 'href="javascript:' not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b>title</b>" not in page and "&lt;b&gt;title&lt;/b&gt;" in page


def test_page_forbids_scripts_by_content_security_policy():
    page = render_html(hostile_report())
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "<script" not in page


def test_segments_cover_the_text_exactly_and_carry_their_marks():
    report = hostile_report()
    pieces = segments(report)
    assert "".join(p.text for p in pieces) == HOSTILE
    speaker_piece = next(p for p in pieces if p.text == "The spokesman")
    assert speaker_piece.classes == "hl-actor hl-speaker"
    quote_piece = next(p for p in pieces if p.start == 49)
    assert "hl-quote" in quote_piece.classes
    assert "direct quote by The spokesman" in quote_piece.title
