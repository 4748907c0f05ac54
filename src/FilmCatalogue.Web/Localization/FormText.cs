using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;

namespace FilmCatalogue.Web.Localization;

/// <summary>
/// The forms' words in the visitor's language. Data-annotation localization translates only what an attribute
/// spells out, so this fills in the rest with the English the framework would show, as keys of
/// <see cref="InterfaceText"/>: a property without [Display] is labelled by its name ("Year"), an attribute
/// without a message ([Required], [StringLength(300)]) gets the framework's message, and model binding's messages
/// ("The value 'x' is not valid for Year.") are looked up too.
/// </summary>
internal sealed class FormText(IStringLocalizer text) : IDisplayMetadataProvider, IValidationMetadataProvider
{
    public static void AddTo(MvcOptions options, IStringLocalizer text)
    {
        options.ModelMetadataDetailsProviders.Add(new FormText(text));
        // The messages a form post can meet; the others concern request bodies and [BindRequired], which the site has not.
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => text["The value '{0}' is not valid for {1}.", value, field]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => text["The value '{0}' is not valid.", value]);
        messages.SetUnknownValueIsInvalidAccessor(field => text["The supplied value is invalid for {0}.", field]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => text["The supplied value is invalid."]);
        messages.SetValueIsInvalidAccessor(value => text["The value '{0}' is invalid.", value]);
        messages.SetValueMustNotBeNullAccessor(value => text["The value '{0}' is invalid.", value]);
        messages.SetMissingKeyOrValueAccessor(() => text["A value is required."]);
    }

    public void CreateDisplayMetadata(DisplayMetadataProviderContext context)
    {
        if (context.Key.MetadataKind == ModelMetadataKind.Property && context.DisplayMetadata.DisplayName is null)
        {
            var name = context.Key.Name!;
            context.DisplayMetadata.DisplayName = () => text[name];
        }
    }

    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>())
        {
            if (attribute.ErrorMessage is null && attribute.ErrorMessageResourceName is null && FrameworkMessage(attribute) is { } message)
            {
                attribute.ErrorMessage = message;
            }
        }
    }

    private static string? FrameworkMessage(ValidationAttribute attribute) => attribute switch
    {
        RequiredAttribute => "The {0} field is required.",
        StringLengthAttribute { MinimumLength: > 0 } => "The field {0} must be a string with a minimum length of {2} and a maximum length of {1}.",
        StringLengthAttribute => "The field {0} must be a string with a maximum length of {1}.",
        RangeAttribute => "The field {0} must be between {1} and {2}.",
        EmailAddressAttribute => "The {0} field is not a valid e-mail address.",
        CompareAttribute => "'{0}' and '{1}' do not match.",
        RegularExpressionAttribute => "The field {0} must match the regular expression '{1}'.",
        _ => null,
    };
}
