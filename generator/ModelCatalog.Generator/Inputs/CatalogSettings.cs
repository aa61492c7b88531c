using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ModelCatalog.Generator.Inputs;

/// <summary>
/// What the project says about its catalog: whether its tables are the built-in catalog (this repository's
/// src/ModelCatalog) or a consumer's own, and for a consumer's the namespace, class name prefix and accessibility of the
/// generated classes, and whether the language version has nullable annotations (C# 8).
/// </summary>
public sealed record CatalogSettings(bool BuiltIn, string Namespace, string Prefix, bool Public, bool NullableAnnotations)
{
    /// <summary>The prefix used when neither the property nor the project's names give one.</summary>
    public const string FallbackPrefix = "Custom";

    /// <summary>
    /// Reads the compiler-visible properties. Defaults: the namespace is the project's RootNamespace (else its assembly
    /// name); the prefix is that namespace as one identifier (<c>Acme.Serving</c> gives <c>AcmeServing</c>); classes are
    /// public. A prefix is never empty, so no generated class is named like one of ModelCatalog's own (<c>Models</c>),
    /// and a file importing both namespaces stays unambiguous (CS0104).
    /// </summary>
    public static CatalogSettings Read(AnalyzerConfigOptions options, string? assemblyName, bool nullableAnnotations)
    {
        bool builtIn = options.TryGetValue(BuildOptions.BuiltIn, out string? flag) && BuildOptions.IsTrue(flag);
        string @namespace = DottedName(Value(options, BuildOptions.Namespace) ?? Value(options, BuildOptions.RootNamespace) ?? assemblyName);
        string prefix = Identifier(Value(options, BuildOptions.Prefix) ?? @namespace);
        prefix = prefix.Length == 0 ? FallbackPrefix : prefix;
        bool isPublic = !string.Equals(Value(options, BuildOptions.Visibility), "internal", System.StringComparison.OrdinalIgnoreCase);
        return new CatalogSettings(builtIn, @namespace, prefix, isPublic, nullableAnnotations);
    }

    private static string? Value(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>A dotted name whose every part is an identifier; the fallback prefix when nothing usable is left.</summary>
    private static string DottedName(string? text)
    {
        var parts = new System.Collections.Generic.List<string>();
        foreach (string part in (text ?? string.Empty).Split('.'))
        {
            string identifier = Identifier(part, capitalise: false);
            if (identifier.Length > 0)
            {
                // A keyword part (Acme.Class is fine, Acme.class is not) is written verbatim.
                parts.Add(SyntaxFacts.GetKeywordKind(identifier) == SyntaxKind.None ? identifier : "@" + identifier);
            }
        }

        return parts.Count == 0 ? FallbackPrefix : string.Join(".", parts);
    }

    /// <summary>Letters, digits and underscores of <paramref name="text"/>, each part after a separator capitalised; may be empty.</summary>
    private static string Identifier(string text, bool capitalise = true)
    {
        var name = new StringBuilder(text.Length + 1);
        bool upper = capitalise;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c) || c == '_')
            {
                if (name.Length == 0 && char.IsDigit(c))
                {
                    name.Append('_');
                }

                name.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = capitalise;
            }
        }

        return name.ToString();
    }
}
