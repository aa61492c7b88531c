using System;

namespace ModelCatalog;

/// <summary>The kinds of input a model or chat template takes. Flags: a vision-language model is <c>Text | Image</c>.</summary>
[Flags]
public enum Modality
{
    /// <summary>No modality known.</summary>
    None = 0,

    /// <summary>Text.</summary>
    Text = 1,

    /// <summary>Still images.</summary>
    Image = 2,

    /// <summary>Audio.</summary>
    Audio = 4,

    /// <summary>Video.</summary>
    Video = 8,
}
