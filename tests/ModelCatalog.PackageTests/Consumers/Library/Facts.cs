// A netstandard2.0 class library that uses the package: constants, an enum id, a lookup and a relationship.
using ModelCatalog;

namespace Library
{
    public static class Facts
    {
        public const ModelId Llama3Id = ModelId.Llama3;

        public static string Describe() => Models.Llama3.Name + " by " + Models.Llama3.Organization.Name;

        public static bool Knows(string name) => Models.TryFind(name, out Model? _);
    }
}
