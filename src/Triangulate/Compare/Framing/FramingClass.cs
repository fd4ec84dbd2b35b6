namespace Triangulate.Compare.Framing;

/// <summary>The word classes of the framing lexicon (see <c>Resources/framing-lexicon.tsv</c>).</summary>
internal enum FramingClass { Adjective, Noun, Verb, Describing, Modifier, Intensifier, Copula, AsVerb, CallVerb }
