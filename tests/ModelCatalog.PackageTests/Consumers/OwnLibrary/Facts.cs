// A library with a catalog of its own, compiled as C# 7.3 with nullable annotations off on netstandard2.0 (and with
// the latest language and nullable on on net10.0): the generated code, and this file, compile under both.
using ModelCatalog;

namespace OwnLibrary
{
    public static class Facts
    {
        public static string Describe()
        {
            Model mine = AcmeModels.AcmeLlama;
            Model parent = mine.BaseModel != null ? mine.BaseModel : mine;
            return mine.Name + " on " + parent.Name + " by " + mine.Organization.Name;
        }

        public static bool Knows(string name) => AcmeModels.TryFind(name, out _);
    }
}
