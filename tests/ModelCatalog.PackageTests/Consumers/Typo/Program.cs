// A consumer with a typo in a model's name: the package promises that this does not compile.
using System;
using ModelCatalog;

Console.WriteLine(Models.Llama33.Name);
