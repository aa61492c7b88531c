using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using ModelCatalog.Generator.Catalog;
using ModelCatalog.Generator.Inputs;

namespace ModelCatalog.Generator.Analyzers;

/// <summary>
/// The texts a lookup over one id type accepts, read from the <c>[CatalogEntry(slug, name, Aliases = ...)]</c>
/// attribute of each id member: slug, name and aliases, ignoring case, the first member to claim a text keeping it,
/// as the runtime's name index does (src/ModelCatalog/Lookup/CatalogTable.cs). A checkpoint's aliases are its
/// Hugging Face and ModelScope repository ids, so those are found too.
/// </summary>
internal sealed class CatalogNames
{
    private readonly Dictionary<string, IFieldSymbol> _byText = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _texts = new(); // in declaration order: the candidates of did-you-mean
    private readonly List<CharacterCounts> _counts = new(); // of each text, to skip the far ones quickly

    // Weighing a text against every name costs milliseconds (docs/benchmarks.md): once per text and compilation.
    private readonly ConcurrentDictionary<string, string> _didYouMean = new(StringComparer.Ordinal);

    private CatalogNames()
    {
    }

    /// <summary>The names of <paramref name="members"/>, in order; members without the attribute are not entries.</summary>
    public static CatalogNames Read(IEnumerable<IFieldSymbol> members, INamedTypeSymbol entryAttribute)
    {
        var names = new CatalogNames();
        names.Add(members, entryAttribute);
        return names;
    }

    /// <summary>These names followed by those of <paramref name="more"/> (a consumer's entries after the built-in ones).</summary>
    public CatalogNames With(IEnumerable<IFieldSymbol> more, INamedTypeSymbol entryAttribute)
    {
        var names = new CatalogNames();
        foreach (string text in _texts)
        {
            names.Add(text, _byText[text]);
        }

        names.Add(more, entryAttribute);
        return names;
    }

    public bool TryFind(string text, out IFieldSymbol member) => _byText.TryGetValue(text, out member!);

    /// <summary>"; did you mean 'x'?" for a text that names nothing, by the build's and the CLI's <see cref="Suggestions"/>, or nothing.</summary>
    public string DidYouMean(string text) => _didYouMean.GetOrAdd(text, t => Suggestions.DidYouMean(t, Near(t)));

    /// <summary>The texts that may be within the suggestion limit of <paramref name="text"/>, in order: the others cannot be suggested.</summary>
    private IEnumerable<string> Near(string text)
    {
        CharacterCounts counts = CharacterCounts.Of(text);
        int limit = Suggestions.Limit(text);
        for (int i = 0; i < _texts.Count; i++)
        {
            if (_counts[i].DistanceAtLeast(counts) <= limit)
            {
                yield return _texts[i];
            }
        }
    }

    /// <summary>The attribute's slug, name and aliases; an attribute with errors in it gives what it can.</summary>
    public static IEnumerable<string> TextsOf(AttributeData entry)
    {
        foreach (TypedConstant argument in entry.ConstructorArguments)
        {
            if (argument.Kind == TypedConstantKind.Primitive && argument.Value is string text)
            {
                yield return text;
            }
        }

        foreach (string alias in CatalogEntryAttributeData.Aliases(entry))
        {
            yield return alias;
        }
    }

    private void Add(IEnumerable<IFieldSymbol> members, INamedTypeSymbol entryAttribute)
    {
        foreach (IFieldSymbol member in members)
        {
            foreach (AttributeData attribute in member.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, entryAttribute))
                {
                    foreach (string text in TextsOf(attribute))
                    {
                        Add(text, member);
                    }
                }
            }
        }
    }

    private void Add(string text, IFieldSymbol member)
    {
        // Texts that differ only in case are one key, as at run time; the first owner keeps it.
        if (!_byText.ContainsKey(text))
        {
            _byText.Add(text, member);
            _texts.Add(text);
            _counts.Add(CharacterCounts.Of(text));
        }
    }
}
