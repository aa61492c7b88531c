// A library with a catalog of its own, compiled as C# 7.3 with nullable annotations off on netstandard2.0 (and with
// the latest language on net10.0): the generated code must compile under both.
using ModelCatalog;

namespace OwnLibrary
{
    public static class Facts
    {
        public static string Describe()
        {
            Model mine = AcmeModels.AcmeLlama;
            return mine.Name + " on " + mine.BaseModel.Name + " by " + mine.Organization.Name;
        }

        public static bool Knows(string name)
        {
            Model found;
            return AcmeModels.TryFind(name, out found);
        }
    }
}
