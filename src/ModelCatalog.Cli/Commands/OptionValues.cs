using System;
using System.Collections.Generic;
using System.CommandLine.Parsing;
using System.Linq;
using ModelCatalog.Cli.Catalog;
using ModelCatalog.Formats;

namespace ModelCatalog.Cli.Commands;

/// <summary>
/// Readers for option values. A value that cannot be read becomes a parse error (exit 2, no stack trace) with the
/// allowed values or a did-you-mean, before any command runs.
/// </summary>
internal static class OptionValues
{
    public delegate bool TryRead<T>(string text, out T value, out string error);

    /// <summary>A repeatable option; with <paramref name="splitCommas"/>, <c>en,zh</c> counts as two values.</summary>
    public static Func<ArgumentResult, T[]> Many<T>(TryRead<T> read, bool splitCommas = false) => result =>
    {
        var values = new List<T>();
        foreach (Token token in result.Tokens)
        {
            IEnumerable<string> pieces = splitCommas
                ? token.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : [token.Value.Trim()];
            foreach (string piece in pieces)
            {
                if (!read(piece, out T value, out string error))
                {
                    result.AddError(error);
                    return [];
                }

                values.Add(value);
            }
        }

        return values.ToArray();
    };

    public static Func<ArgumentResult, T?> One<T>(TryRead<T> read)
        where T : struct => result =>
    {
        string text = result.Tokens.Count > 0 ? result.Tokens[^1].Value.Trim() : string.Empty;
        if (read(text, out T value, out string error))
        {
            return value;
        }

        result.AddError(error);
        return null;
    };

    public static bool Organization(string text, out Organization value, out string error)
    {
        error = $"'{text}' is not an organization id, name or alias.{DidYouMean(text, EntryKind.Organization)}";
        return Organizations.TryFind(text, out value!);
    }

    public static bool Template(string text, out Template value, out string error)
    {
        error = $"'{text}' is not a template id, name or alias.{DidYouMean(text, EntryKind.Template)}";
        return Templates.TryFind(text, out value!);
    }

    public static bool Model(string text, out Model value, out string error)
    {
        error = $"'{text}' is not a model id, name or alias.{DidYouMean(text, EntryKind.Model)}";
        return Models.TryFind(text, out value!);
    }

    public static bool Variant(string text, out CheckpointVariant value, out string error)
    {
        error = $"'{text}' is not a variant: use one of {string.Join(", ", ModelCatalog.Formats.TableWords.Variants)}.";
        int index = ModelCatalog.Formats.TableWords.IndexOf(ModelCatalog.Formats.TableWords.Variants, text.Trim(), StringComparison.OrdinalIgnoreCase);
        value = (CheckpointVariant)index;
        return index >= 0;
    }

    /// <summary>A token count: a plain integer or a count with K or M (32768, 32K, 128K = 131072: a K is 1024 tokens).</summary>
    public static bool ContextLength(string text, out int value, out string error)
    {
        error = $"'{text}' is not a number of tokens: write an integer (32768) or a count in K (32K, 128K; 1K = 1024 tokens).";
        value = 0;
        string t = text.Trim().ToUpperInvariant();
        long unit = t.EndsWith('K') ? 1024 : t.EndsWith('M') ? 1024 * 1024 : 1;
        string digits = unit == 1 ? t : t[..^1];
        if (!long.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long count) || count * unit > int.MaxValue)
        {
            return false;
        }

        value = (int)(count * unit);
        return true;
    }

    /// <summary>A parameter count as the tables write it (<c>7B</c>, <c>500M</c>, <c>1.5T</c>, a plain integer); the unit in any case.</summary>
    public static bool ParameterCount(string text, out long value, out string error)
    {
        error = $"'{text}' is not a parameter count: write a number with K, M, B or T (7B, 500M, 1.5T) or a plain integer.";
        return CountText.TryParse(text.ToUpperInvariant(), out value);
    }

    public static bool Date(string text, out ReleaseDate value, out string error)
    {
        error = $"'{text}' is not a date: write a year, a month or a day (2024, 2024-05, 2024-05-13).";
        return ReleaseDate.TryParse(text, out value);
    }

    public static bool Language(string text, out Language value, out string error)
    {
        error = $"'{text}' is not a language: use an ISO 639-1 code ({string.Join(", ", TableValues.LanguageWords)}) or a language's English name.";
        return TableValues.TryParseLanguage(text, out value);
    }

    public static bool Modality(string text, out Modality value, out string error)
    {
        error = $"'{text}' is not a modality: use one of {string.Join(", ", TableValues.ModalityWords)}.";
        return TableValues.TryParseModality(text, out value);
    }

    public static bool Architecture(string text, out Architecture value, out string error)
    {
        error = $"'{text}' is not an architecture: use one of {string.Join(", ", TableValues.ArchitectureWords)}.";
        return TableValues.TryParseArchitecture(text, out value);
    }

    private static string DidYouMean(string text, EntryKind kind) =>
        EntryLookup.DidYouMean(text, AnyEntry.All().Where(e => e.Kind == kind));
}
