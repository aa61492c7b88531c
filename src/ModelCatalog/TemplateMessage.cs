using System;

namespace ModelCatalog;

/// <summary>One message of a conversation, to render with <see cref="Template.Render"/>.</summary>
/// <remarks>
/// Not named <c>ChatMessage</c>: Microsoft.Extensions.AI has a type of that name, and a file importing both namespaces
/// could not use either. The ModelCatalog.Extensions.AI package renders their messages directly.
/// </remarks>
public readonly struct TemplateMessage : IEquatable<TemplateMessage>
{
    /// <summary>Creates a message.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public TemplateMessage(TemplateRole role, string content)
    {
        Role = role;
        Content = content ?? throw new ArgumentNullException(nameof(content));
    }

    /// <summary>Who speaks.</summary>
    public TemplateRole Role { get; }

    /// <summary>The text.</summary>
    public string Content => field ?? string.Empty;

    /// <summary>A system message.</summary>
    public static TemplateMessage System(string content) => new(TemplateRole.System, content);

    /// <summary>A user message.</summary>
    public static TemplateMessage User(string content) => new(TemplateRole.User, content);

    /// <summary>An assistant message.</summary>
    public static TemplateMessage Assistant(string content) => new(TemplateRole.Assistant, content);

    /// <inheritdoc/>
    public bool Equals(TemplateMessage other) => Role == other.Role && Content == other.Content;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TemplateMessage other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => unchecked(((int)Role * 397) ^ Content.GetHashCode());

    /// <summary><c>user: Hi</c></summary>
    public override string ToString() => $"{Role.ToString().ToLowerInvariant()}: {Content}";

#pragma warning disable CS1591
    public static bool operator ==(TemplateMessage left, TemplateMessage right) => left.Equals(right);

    public static bool operator !=(TemplateMessage left, TemplateMessage right) => !left.Equals(right);
#pragma warning restore CS1591
}
