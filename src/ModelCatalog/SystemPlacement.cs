namespace ModelCatalog;

/// <summary>Where a chat template puts the system message.</summary>
public enum SystemPlacement
{
    /// <summary>Once, formatted by <see cref="Template.SystemFormat"/>, after the prefix and before the first user message.</summary>
    OwnTurn,

    /// <summary>Formatted by <see cref="Template.SystemFormat"/> and put in front of the first user message's text (Llama 2 style).</summary>
    FirstUserMessage,

    /// <summary>The template takes no system message.</summary>
    None,
}
