using System;

namespace ModelCatalog;

/// <summary>One message of a conversation, to render with <see cref="Template.Render"/>.</summary>
public readonly struct ChatMessage : IEquatable<ChatMessage>
{
    /// <summary>Creates a message.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public ChatMessage(ChatRole role, string content)
    {
        Role = role;
        Content = content ?? throw new ArgumentNullException(nameof(content));
    }

    /// <summary>Who speaks.</summary>
    public ChatRole Role { get; }

    /// <summary>The text.</summary>
    public string Content => field ?? string.Empty;

    /// <summary>A system message.</summary>
    public static ChatMessage System(string content) => new(ChatRole.System, content);

    /// <summary>A user message.</summary>
    public static ChatMessage User(string content) => new(ChatRole.User, content);

    /// <summary>An assistant message.</summary>
    public static ChatMessage Assistant(string content) => new(ChatRole.Assistant, content);

    /// <inheritdoc/>
    public bool Equals(ChatMessage other) => Role == other.Role && Content == other.Content;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ChatMessage other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => unchecked(((int)Role * 397) ^ Content.GetHashCode());

    /// <summary><c>user: Hi</c></summary>
    public override string ToString() => $"{Role.ToString().ToLowerInvariant()}: {Content}";

#pragma warning disable CS1591
    public static bool operator ==(ChatMessage left, ChatMessage right) => left.Equals(right);

    public static bool operator !=(ChatMessage left, ChatMessage right) => !left.Equals(right);
#pragma warning restore CS1591
}
