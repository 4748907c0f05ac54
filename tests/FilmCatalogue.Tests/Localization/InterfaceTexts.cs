using System.Globalization;
using FilmCatalogue.Web.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FilmCatalogue.Tests.Localization;

/// <summary>The interface's words as the app reads them, for tests of what renders them outside a request.</summary>
public static class InterfaceTexts
{
    public static IStringLocalizer<InterfaceText> Localizer { get; } =
        new StringLocalizer<InterfaceText>(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    /// <summary>Makes <paramref name="code"/> the interface language of the code that follows, as a request's localization does.</summary>
    public static void Speak(string code)
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(code);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(code);
    }
}
