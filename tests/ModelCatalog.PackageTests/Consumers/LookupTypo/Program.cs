// A consumer with a typo in a model's name written as text: the package's analyzer warns at the literal (MCAT401).
using System;
using ModelCatalog;

Console.WriteLine(Models.TryFind("Llama 33", out _));
