namespace ModelCatalog;

/// <summary>
/// Who speaks a message of a conversation, and so which of the template's formats the message goes through
/// (<see cref="Template.SystemFormat"/>, <see cref="Template.UserFormat"/>, <see cref="Template.AssistantFormat"/>).
/// </summary>
/// <remarks>Not named <c>ChatRole</c>: Microsoft.Extensions.AI has a type of that name.</remarks>
public enum TemplateRole
{
    /// <summary>Instructions for the model; at most one, first.</summary>
    System,

    /// <summary>The user.</summary>
    User,

    /// <summary>The model.</summary>
    Assistant,
}
