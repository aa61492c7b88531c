using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;
using ModelCatalog.Generator.Catalog.Values;
using ModelCatalog.Generator.Common;

namespace ModelCatalog.Generator.Emit.Consumer;

/// <summary>
/// C# expressions for table values, written as the arguments of the construction API's calls. C# 7.3 syntax only
/// (array creation with an element type, no target-typed <c>new</c>), so a net472 or netstandard2.0 project compiles them.
/// </summary>
internal static class CSharpValues
{
    public const string Runtime = "global::ModelCatalog.";

    public static string String(string text) => SymbolDisplay.FormatLiteral(text, quote: true);

    public static string OptionalString(string? text) => text is null ? "null" : String(text);

    public static string Strings(EquatableArray<string> texts)
    {
        if (texts.Count == 0)
        {
            return "global::System.Array.Empty<string>()";
        }

        var items = new string[texts.Count];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = String(texts[i]);
        }

        return "new string[] { " + string.Join(", ", items) + " }";
    }

    /// <summary><c>new T[] { a, b }</c>, or an empty array.</summary>
    public static string Array(string elementType, System.Collections.Generic.IReadOnlyList<string> items) =>
        items.Count == 0
            ? "global::System.Array.Empty<" + elementType + ">()"
            : "new " + elementType + "[] { " + string.Join(", ", items) + " }";

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string OptionalInt(int? value) => value is int number ? Int(number) : "null";

    public static string OptionalLong(long? value) => value is long number ? number.ToString(CultureInfo.InvariantCulture) + "L" : "null";

    public static string OptionalBool(bool? value) => value switch
    {
        true => "true",
        false => "false",
        _ => "null",
    };

    public static string Release(ReleaseValue release) =>
        "new " + Runtime + "Release(" + OptionalString(release.Version) + ", new " + Runtime + "ReleaseDate("
        + Int(release.Date.Year) + ", " + Int(release.Date.Month) + ", " + Int(release.Date.Day) + "))";

    public static string Size(SizeValue size) =>
        !size.Known
            ? Runtime + "ParameterCount.Unknown"
            : "new " + Runtime + "ParameterCount(" + String(size.Label) + ", "
                + size.Parameters.ToString(CultureInfo.InvariantCulture) + "L, "
                + size.MinimumParameters.ToString(CultureInfo.InvariantCulture) + "L, "
                + OptionalInt(size.Experts) + ", " + (size.Uncertain ? "true" : "false") + ", " + (size.ExplicitCount ? "true" : "false") + ")";

    /// <summary>Flags of the runtime's <c>Modality</c> enum, as the cast of their value.</summary>
    public static string Modalities(int flags) => "(" + Runtime + "Modality)" + Int(flags);
}
