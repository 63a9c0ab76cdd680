// The notebook runner sets the process's working directory and the quick-mode environment variable while a
// notebook runs; tests running side by side would see each other's settings.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
