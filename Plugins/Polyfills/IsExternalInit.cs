#if !NET5_0_OR_GREATER
namespace System.Runtime.CompilerServices
{
    /// <summary>
    /// Lets the net462 build compile records and init accessors (the compiler needs this type by name; .NET 5+ has it).
    /// Internal, so it never clashes with the framework's own.
    /// </summary>
    internal static class IsExternalInit
    {
    }
}
#endif
