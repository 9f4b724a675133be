using System;
using System.Collections.Generic;
using System.Linq;
using DataverseFunnel.InMemory.Store;

namespace DataverseFunnel.InMemory.Tests.Store;

/// <summary>The journaled store: rollback undoes exactly the writes after a mark, newest first.</summary>
public sealed class InMemoryStoreTests
{
    private static StoredRow Row(Guid id, int value) => new(id, new Dictionary<string, object> { ["v"] = value });

    [Fact]
    public void RollbackTo_RestoresInsertsUpdatesAndDeletesAfterTheMark()
    {
        var store = new InMemoryStore();
        var kept = new Guid("00000000-0000-0000-0000-000000000001");
        var updated = new Guid("00000000-0000-0000-0000-000000000002");
        var deleted = new Guid("00000000-0000-0000-0000-000000000003");
        var inserted = new Guid("00000000-0000-0000-0000-000000000004");
        store.Put("t", Row(kept, 1));
        store.Put("t", Row(updated, 2));
        store.Put("t", Row(deleted, 3));
        var mark = store.OpenJournal();

        store.Put("t", Row(updated, 20));
        store.Put("t", Row(updated, 200));
        store.Remove("t", deleted);
        store.Put("t", Row(inserted, 4));
        store.RollbackTo(mark);
        store.CloseJournal();

        Assert.Equal(3, store.Count("t"));
        Assert.Equal(2, store.Find("t", updated)!.Get("v"));
        Assert.Equal(3, store.Find("t", deleted)!.Get("v"));
        Assert.Null(store.Find("t", inserted));
    }

    [Fact]
    public void RollbackTo_ASavepoint_KeepsEarlierWritesOfTheSameJournal()
    {
        var store = new InMemoryStore();
        var id = new Guid("00000000-0000-0000-0000-000000000001");
        store.OpenJournal();
        store.Put("t", Row(id, 1));
        var savepoint = store.JournalMark;
        store.Put("t", Row(id, 2));

        store.RollbackTo(savepoint);

        Assert.Equal(1, store.Find("t", id)!.Get("v"));
    }

    [Fact]
    public void WritesOutsideAJournal_AreNotRecorded()
    {
        var store = new InMemoryStore();
        store.Put("t", Row(new Guid("00000000-0000-0000-0000-000000000001"), 1));

        Assert.Equal(0, store.JournalMark);
    }

    [Fact]
    public void Version_moves_on_every_change_to_the_table_and_only_that_table()
    {
        var store = new InMemoryStore();
        var id = Guid.NewGuid();
        var seen = new List<long> { store.Version("t") };
        store.Put("t", Row(id, 1));
        seen.Add(store.Version("t"));
        var other = store.Version("u");
        var mark = store.OpenJournal();
        store.Put("t", Row(id, 2));
        seen.Add(store.Version("t"));
        store.RollbackTo(mark);
        store.CloseJournal();
        seen.Add(store.Version("t"));
        var snapshot = store.Snapshot();
        store.Remove("t", id);
        seen.Add(store.Version("t"));
        store.Restore(snapshot);
        seen.Add(store.Version("t"));

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(other, store.Version("u"));
        Assert.Equal(1, store.Find("t", id)!.Get("v"));
    }
}
