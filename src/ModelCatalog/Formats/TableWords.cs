using System;
using System.Collections.Generic;

namespace ModelCatalog.Formats;

/// <summary>
/// The words the tables (data/README.md) use for the closed vocabularies, each list in the order of its runtime
/// enum's values, so that a word's position is the member's value. The one place these words are written: the
/// runtime compiles this file, and the generator and the CLI compile it in as linked source, so the build, the
/// runtime and the tool cannot disagree. Plain C# that also builds for netstandard2.0, and no runtime type.
/// </summary>
internal static class TableWords
{
    /// <summary><c>Architecture</c>: decoder-only, encoder-decoder, GLM, ERNIE 3.0's multi-task.</summary>
    public static readonly string[] Architectures = { "decoder", "encoder-decoder", "glm", "multi-task" };

    /// <summary><c>Language</c>: <c>multilingual</c>, then ISO 639-1 codes.</summary>
    public static readonly string[] Languages =
    {
        "multilingual", "en", "zh", "ja", "ko", "fr", "de", "es", "it", "pt", "ru", "ar", "hi", "vi", "th", "id",
    };

    /// <summary>
    /// <c>Modality</c> flags: the word at position <c>i</c> is the flag <c>1 &lt;&lt; i</c>. This is also the order in
    /// which every layer lists a set of modalities (text, image, audio, video).
    /// </summary>
    public static readonly string[] Modalities = { "text", "image", "audio", "video" };

    /// <summary><c>SystemPlacement</c>: its own turn, in front of the first user message, none.</summary>
    public static readonly string[] SystemPlacements = { "turn", "first-user", "none" };

    /// <summary><c>CheckpointVariant</c>: base, instruct, chat, reasoning, quantized (data/README.md, Variants).</summary>
    public static readonly string[] Variants = { "base", "instruct", "chat", "reasoning", "quantized" };

    /// <summary>The open-weights flag: <c>yes</c> is true, <c>no</c> false.</summary>
    public static readonly string[] YesNo = { "yes", "no" };

    /// <summary>The position of <paramref name="word"/> in <paramref name="words"/>, or -1.</summary>
    public static int IndexOf(string[] words, string? word, StringComparison comparison = StringComparison.Ordinal)
    {
        for (int i = 0; i < words.Length; i++)
        {
            if (string.Equals(words[i], word, comparison))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The words of the flags set in <paramref name="flags"/>, in <see cref="Modalities"/> order.</summary>
    public static List<string> ModalityWords(int flags)
    {
        var words = new List<string>(Modalities.Length);
        for (int i = 0; i < Modalities.Length; i++)
        {
            if ((flags & (1 << i)) != 0)
            {
                words.Add(Modalities[i]);
            }
        }

        return words;
    }

    /// <summary>The allowed words for a message: <c>'a', 'b' or 'c'</c>.</summary>
    public static string Describe(IReadOnlyList<string> words)
    {
        var text = new System.Text.StringBuilder();
        for (int i = 0; i < words.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : i == words.Count - 1 ? " or " : ", ").Append('\'').Append(words[i]).Append('\'');
        }

        return text.ToString();
    }
}
