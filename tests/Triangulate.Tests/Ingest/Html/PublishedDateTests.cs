using System.Text;
using Triangulate.Ingest;
using Triangulate.Ingest.Html;
using Triangulate.Model;

namespace Triangulate.Tests.Ingest.Html;

/// <summary>Which of the dates a page states is its publication date.</summary>
public sealed class PublishedDateTests
{
    private const string Paragraph = "<p>Some text of the article that is long enough to count as a paragraph of its own.</p>";

    private static DocumentDraft Read(string html, string? url = null) =>
        HtmlDocumentReader.Read(new RawInput("page.html", Encoding.UTF8.GetBytes(html), null, url));

    [Fact]
    public void A_comment_timestamp_does_not_date_the_article()
    {
        var draft = Read($"""
            <html><body><h1>Harbour reopens after storm</h1>{Paragraph}
            <ol class="comment-list"><li><div class="comment-metadata"><time datetime="2019-08-24T03:36:11+02:00">24 August</time></div>
            <p>A reader's reply.</p></li></ol>
            <div class="comments"><span class="date">12.09.2019</span></div></body></html>
            """);

        Assert.Null(draft.Metadata.Published);
    }

    [Fact]
    public void A_related_posts_timestamp_does_not_date_the_article_whose_headline_has_none()
    {
        var draft = Read($"""
            <html><body><article><h1>Harbour reopens after storm</h1><p class="byline">by Kim · <span class="published">31. Oktober 2023</span></p>{Paragraph}</article>
            <ul class="related"><li><article><h4>Older story</h4><time datetime="2020-12-03 07:32:49">3. Dezember 2020</time></article></li></ul></body></html>
            """);

        Assert.Equal(new DateOnly(2023, 10, 31), draft.Metadata.Published?.Date);
    }

    [Fact]
    public void The_timestamp_in_the_headlines_article_dates_it()
    {
        var draft = Read($"""
            <html><body><aside><article><h4>Teaser</h4><time datetime="2020-01-01">1 Jan</time></article></aside>
            <article><h1>Harbour reopens after storm</h1><time datetime="2021-05-06T07:08">6 May</time>{Paragraph}</article></body></html>
            """);

        Assert.Equal("2021-05-06T07:08", draft.Metadata.Published?.ToIso());
        Assert.Equal(MetadataSource.TimeElement, draft.Metadata.Provenance[MetadataField.Published]);
    }

    [Fact]
    public void A_microdata_date_outranks_a_bare_meta_date()
    {
        var draft = Read($"""
            <html><head><meta name="date" content="2022-01-21T15:38:44+01:00"></head>
            <body><h1>Harbour reopens after storm</h1><span itemprop="datePublished" content="2022-01-27">27.01.2022</span>{Paragraph}</body></html>
            """);

        Assert.Equal(new DateOnly(2022, 1, 27), draft.Metadata.Published?.Date);
        Assert.Equal(MetadataSource.Microdata("datePublished"), draft.Metadata.Provenance[MetadataField.Published]);
    }

    [Fact]
    public void A_date_line_printed_under_the_headline_overrules_a_stale_meta_date()
    {
        var draft = Read($"""
            <html><head><meta property="article:published_time" content="2021-11-22T17:42:22Z"></head>
            <body><article><h1>Harbour reopens after storm</h1><p>By Kim Lee</p><time>1. Januar 2023</time>{Paragraph}</article></body></html>
            """);

        Assert.Equal(new DateOnly(2023, 1, 1), draft.Metadata.Published?.Date);
        Assert.Equal(MetadataSource.PrintedDateNearHeadline, draft.Metadata.Provenance[MetadataField.Published]);
    }

    [Fact]
    public void Printed_date_lines_that_disagree_leave_the_meta_date()
    {
        var draft = Read($"""
            <html><head><meta property="article:published_time" content="2022-12-30T08:00:00+01:00"></head>
            <body><h1>Harbour reopens after storm</h1><p><span>29. Dezember 2022</span> <span>30. Dezember 2022</span></p>{Paragraph}</body></html>
            """);

        Assert.Equal("2022-12-30T08:00+01:00", draft.Metadata.Published?.ToIso());
    }

    [Fact]
    public void A_printed_date_line_on_the_meta_dates_day_keeps_the_meta_stamp()
    {
        var draft = Read($"""
            <html><head><meta property="article:published_time" content="2022-12-30T08:00:00+01:00"></head>
            <body><h1>Harbour reopens after storm</h1><p>30.12.2022</p>{Paragraph}</body></html>
            """);

        Assert.Equal("2022-12-30T08:00+01:00", draft.Metadata.Published?.ToIso());
        Assert.Equal(MetadataSource.Meta("article:published_time"), draft.Metadata.Provenance[MetadataField.Published]);
    }

    [Fact]
    public void A_labelled_date_line_broken_off_with_br_dates_the_page()
    {
        var draft = Read($"""
            <html><body><h1>Harbour reopens after storm</h1>{Paragraph}{Paragraph}{Paragraph}
            <div class="info"><b>Datum:</b> 03.11.2021<br><b>Autor:</b> Kim Lee</div></body></html>
            """);

        Assert.Equal(new DateOnly(2021, 11, 3), draft.Metadata.Published?.Date);
    }

    [Fact]
    public void The_date_under_the_headline_is_found_when_the_first_h1_is_the_logo()
    {
        var draft = Read($"""
            <html><body><header><h1 id="logo"><a href="/">Gazette</a></h1><nav><a href="/">Home</a></nav></header>
            <main><h1>Harbour reopens after storm</h1><div class="meta">jeudi 13 juin 2019, par Kim Lee</div>{Paragraph}</main></body></html>
            """);

        Assert.Equal(new DateOnly(2019, 6, 13), draft.Metadata.Published?.Date);
        Assert.Equal(MetadataSource.PrintedDateNearHeadline, draft.Metadata.Provenance[MetadataField.Published]);
    }

    [Fact]
    public void A_page_titled_by_an_h2_is_dated_by_the_line_under_it()
    {
        var draft = Read($"""
            <html><body><h2 class="post-title">Harbour reopens after storm</h2><div class="post_meta"> · November 22, 2011 · </div>{Paragraph}</body></html>
            """);

        Assert.Equal(new DateOnly(2011, 11, 22), draft.Metadata.Published?.Date);
    }

    [Fact]
    public void A_date_in_the_byline_dates_the_page()
    {
        var draft = Read($"""
            <html><body>{Paragraph}{Paragraph}{Paragraph}{Paragraph}{Paragraph}{Paragraph}
            <div class="left author">Author: <a href="/profile/58"><b>Kim</b></a> am 29.12.2010, 13:36 Uhr</div></body></html>
            """);

        Assert.Equal(new DateOnly(2010, 12, 29), draft.Metadata.Published?.Date);
        Assert.Equal(MetadataSource.Byline, draft.Metadata.Provenance[MetadataField.Published]);
    }

    [Fact]
    public void A_teasers_date_does_not_date_the_page()
    {
        var draft = Read($"""
            <html><body><h1>Harbour reopens after storm</h1>{string.Concat(Enumerable.Repeat(Paragraph, 25))}
            <article class="default-teaser"><h2><a href="/other">Another story</a></h2><footer><span class="default-teaser__date">01. Juli 2020</span></footer></article>
            </body></html>
            """);

        Assert.Null(draft.Metadata.Published);
    }

    [Fact]
    public void An_h1_hidden_for_screen_readers_is_not_the_headline_the_date_stands_under()
    {
        var draft = Read($"""
            <html><body><h1 class="sr-only">Welcome to the Gazette</h1><nav><a href="/a">One</a><a href="/b">Two</a></nav>
            <aside><span class="teaser-date">04.11.2021</span></aside>
            <main><h1>Harbour reopens after storm</h1><span class="heading-meta">Stand - 12.11.2021<br>(unchanged since 05.11.2021)</span>{Paragraph}</main></body></html>
            """);

        Assert.Equal(new DateOnly(2021, 11, 12), draft.Metadata.Published?.Date);
    }
}
