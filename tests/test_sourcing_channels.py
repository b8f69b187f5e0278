from newsintel.records import Attribution, Document, Report, Span, Speaker

TEXT = "Two officials told the Post that the talks failed."


def test_a_relaying_outlet_is_not_counted_as_a_source_of_its_own():
    content = [Span.of(TEXT, 27, 49)]
    report = Report(
        document=Document(id="d", text=TEXT),
        attributions=[
            Attribution(
                id="a1",
                kind="indirect",
                content=content,
                channel=True,
                speaker=Speaker(text="the Post", span=Span.of(TEXT, 19, 27), kind="named"),
            ),
            Attribution(
                id="a2",
                kind="indirect",
                content=content,
                via="a1",
                speaker=Speaker(text="Two officials", span=Span.of(TEXT, 0, 13), anonymous=True, kind="anonymous"),
            ),
        ],
    )
    sourcing = report.sourcing
    assert (sourcing["named"], sourcing["anonymous"], sourcing["indirect"], sourcing["second_hand"]) == (0, 1, 1, 1)
