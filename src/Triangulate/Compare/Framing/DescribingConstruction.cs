namespace Triangulate.Compare.Framing;

/// <summary>
/// Whether the words just before a quoted fragment make it a description of something: a predicate
/// (the talks were "useful", described them as "frank", called it "a mistake"), or an attributive
/// modifier (a "constructive" meeting). <see cref="Nominal"/> marks a predicate that follows an
/// article (as a "propaganda campaign"), where the fragment may end in a plain noun.
/// </summary>
internal enum DescribingConstruction { None, Predicate, Nominal, Attributive }
