// Under a mutation run (tools/mutation.sh exports LIANLUO_MUTATION=1, which MSBuild reads as a property and
// Directory.Build.props turns into this symbol), every FsCheck property of the assembly that does not set its own MaxTest
// tries 25 cases instead of 100. Stryker runs the covering tests once per mutant; with the full budget the per-test
// coverage capture of the slowest properties times out on two cores and Stryker marks them "Dubious". A normal
// `dotnet test` keeps FsCheck's default of 100.
#if LIANLUO_MUTATION
[assembly: FsCheck.Xunit.Properties(MaxTest = 25)]
#endif
