namespace FilmCatalogue.Web.Caching;

/// <summary>
/// Marks an action that streams its body (sitemaps, whole-catalogue downloads) and sets its own validators through
/// <see cref="HttpCaching.AnswersWithoutBody"/>: the conditional-GET middleware must pass it through unbuffered,
/// or a download of the whole catalogue would be held in memory to be hashed.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class StreamedResponseAttribute : Attribute;
