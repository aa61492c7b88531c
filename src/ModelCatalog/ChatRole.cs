namespace ModelCatalog;

/// <summary>Who speaks a message of a conversation.</summary>
public enum ChatRole
{
    /// <summary>Instructions for the model; at most one, first.</summary>
    System,

    /// <summary>The user.</summary>
    User,

    /// <summary>The model.</summary>
    Assistant,
}
