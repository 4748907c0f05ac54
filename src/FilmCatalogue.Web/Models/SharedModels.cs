using FilmCatalogue.Web.Records;

namespace FilmCatalogue.Web.Models;

/// <summary>A name shown as written, with its language when it is in another script than the page (for lang="").</summary>
public sealed record ForeignText(string Text, string? Language)
{
    public static ForeignText? Of(string? text) => text is null ? null : new ForeignText(text, LanguageGuess.Of(text));
}

/// <summary>A link to a page of the catalogue.</summary>
public sealed record LinkView(string Text, string Href);

/// <summary>A film in a list: enough to recognise it and follow it.</summary>
public sealed record FilmSummary(string Slug, string Title, int? Year, ForeignText? OriginalTitle, string? Country)
{
    public string Href => $"/films/{Slug}";
}

/// <summary>A page of a keyset-paged list: links to the previous and next pages, when there are any.</summary>
public sealed record Pager(string? PreviousHref, string? NextHref);
