package io.dmconnect.sink.tidb.dml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DM's compactor rules (compactor.go compactJob / adjustSafeMode, reduce.go Reduce / SplitUpdate) and windows. */
class CompactorTest {
    private static final String T = "CREATE TABLE t (id INT PRIMARY KEY, v INT)";
    private final Compactor compactor = new Compactor();

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            // jobs in (! = safe mode)                                       | jobs out (#seq of the change kept)
            // DM's table, previous + current
            "I id=1,v=1 ; U id=1,v=1 > id=1,v=2                               | I {id=1, v=2} #2",
            "U id=1,v=1 > id=1,v=2 ; U id=1,v=2 > id=1,v=3                    | U {id=1, v=1} > {id=1, v=3} #2",
            "I id=1,v=1 ; D id=1,v=1                                          | D {id=1, v=1} #2",
            "U id=1,v=1 > id=1,v=2 ; D id=1,v=2                               | D {id=1, v=1} #2",
            // DM: INSERT in safe mode; here the safe-mode UPDATE from the deleted row, which applies as the same REPLACE
            "D id=1,v=1 ; I id=1,v=2                                          | !U {id=1, v=1} > {id=1, v=2} #2",
            // invalid upstream, reduced the way DM reduces them
            "I id=1,v=1 ; I id=1,v=2                                          | I {id=1, v=2} #2",
            "D id=1,v=1 ; D id=1,v=2                                          | D {id=1, v=1} #2",
            "U id=1,v=1 > id=1,v=2 ; I id=1,v=3                               | U {id=1, v=1} > {id=1, v=3} #2",
            "D id=1,v=1 ; U id=1,v=1 > id=1,v=2                               | U {id=1, v=1} > {id=1, v=2} #2",
            // longer chains fold left to right
            "I id=1,v=1 ; U id=1,v=1 > id=1,v=2 ; U id=1,v=2 > id=1,v=3 ; D id=1,v=3 | D {id=1, v=3} #4",
            "D id=1,v=1 ; I id=1,v=2 ; U id=1,v=2 > id=1,v=3                  | !U {id=1, v=1} > {id=1, v=3} #3",
            // the merged change takes the place of the last one; other rows keep their order
            "I id=1,v=1 ; I id=2,v=2 ; U id=1,v=1 > id=1,v=3                  | I {id=2, v=2} #2 ; I {id=1, v=3} #3",
            "U id=1,v=1 > id=1,v=2 ; D id=2,v=2 ; U id=1,v=2 > id=1,v=4 ; I id=2,v=5 | U {id=1, v=1} > {id=1, v=4} #3 ; !U {id=2, v=2} > {id=2, v=5} #4",
            // an UPDATE of the key is split into DELETE(old) + INSERT(new) first
            "U id=1,v=1 > id=2,v=1                                            | D {id=1, v=1} #1 ; I {id=2, v=1} #1",
            "I id=1,v=1 ; U id=1,v=1 > id=2,v=1 ; U id=2,v=1 > id=2,v=5       | D {id=1, v=1} #2 ; I {id=2, v=5} #3",
            "D id=2,v=9 ; U id=1,v=1 > id=2,v=1                               | D {id=1, v=1} #2 ; !U {id=2, v=9} > {id=2, v=1} #2",
            // safe mode: every job of a window is safe when its first job is; a safe job stays safe
            "!I id=1,v=1 ; I id=2,v=2                                         | !I {id=1, v=1} #1 ; !I {id=2, v=2} #2",
            "I id=1,v=1 ; !I id=2,v=2                                         | I {id=1, v=1} #1 ; !I {id=2, v=2} #2",
            "!I id=1,v=1 ; U id=1,v=1 > id=1,v=2                              | !I {id=1, v=2} #2",
            // DM copies the INSERT's flag into INSERT + UPDATE; here a safe UPDATE also stays safe
            "I id=2,v=0 ; I id=1,v=1 ; !U id=1,v=1 > id=1,v=2                 | I {id=2, v=0} #1 ; !I {id=1, v=2} #3",
            // DM keeps the later UPDATE's flag; here the merged change stays safe when either part was
            "I id=9,v=0 ; !U id=1,v=1 > id=1,v=2 ; U id=1,v=2 > id=1,v=3      | I {id=9, v=0} #1 ; !U {id=1, v=1} > {id=1, v=3} #3",
    })
    void dmRules(String in, String out) {
        assertThat(Jobs.print(compactor.compact(Jobs.parse(T, in)))).isEqualTo(out.trim());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            // tables without a PK or NOT NULL unique key are never compacted
            Tables.KEYLESS + "  | I a=1,b='x' ; U a=1,b='x' > a=1,b='y' ; D a=1,b='y'",
            Tables.NULL_UKS + " | I x=1,y=1,v=1 ; U x=1,y=1,v=1 > x=1,y=1,v=2",
            // a NULL in a NOT NULL key is bad data: such rows are not told apart, so never merged
            Tables.NN_UK + "    | I u=null,v=1 ; D u=null,v=1",
            // rows of two tables with equal key values are different rows
            T + "               | I id=1,v=1 ; o:U id=1,v=1 > id=1,v=2",
            // row 1 frees u=1, row 2 takes it: row 2 must stay after row 1, so the window closes before row 2
            // and the later change of row 1 is not merged into (moved behind) the first (DM would: duplicate key)
            Tables.PK_UK + "    | U id=1,u=1,v='a' > id=1,u=2,v='a' ; U id=2,u=3,v='b' > id=2,u=1,v='b' ; U id=1,u=2,v='a' > id=1,u=2,v='c'",
            // same with a key swap through DELETE / INSERT
            Tables.PK_UK + "    | D id=1,u=1,v='a' ; I id=2,u=1,v='b' ; I id=1,u=5,v='c'",
            // keys differing only in case are one row for a _ci collation: never merged past each other
            "CREATE TABLE t (k VARCHAR(10) PRIMARY KEY, v INT) | I k='a',v=1 ; D k='A',v=1 ; I k='a',v=2",
    })
    void leftAsTheyAre(String table, String in) {
        var jobs = Jobs.parse(table, in);

        assertThat(compactor.compact(jobs)).isEqualTo(jobs);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            // unique values that stay with their row do not close the window
            "U id=1,u=1,v='a' > id=1,u=1,v='b' ; U id=2,u=2,v='x' > id=2,u=2,v='y' ; U id=1,u=1,v='b' > id=1,u=1,v='c' "
                    + "| U {id=2, u=2, v=x} > {id=2, u=2, v=y} #2 ; U {id=1, u=1, v=a} > {id=1, u=1, v=c} #3",
            // NULLs never conflict, so they never close it either
            "U id=1,u=null,v='a' > id=1,u=null,v='b' ; I id=2,u=null,v='c' ; U id=1,u=null,v='b' > id=1,u=null,v='d' "
                    + "| I {id=2, u=null, v=c} #2 ; U {id=1, u=null, v=a} > {id=1, u=null, v=d} #3",
            // a closed window keeps its own safe mode; the next one starts from its first job
            "!U id=1,u=1,v='a' > id=1,u=2,v='a' ; I id=2,u=1,v='b' ; I id=3,u=7,v='c' "
                    + "| !U {id=1, u=1, v=a} > {id=1, u=2, v=a} #1 ; I {id=2, u=1, v=b} #2 ; I {id=3, u=7, v=c} #3",
            // after the boundary, compaction goes on within the new window
            "D id=1,u=1,v='a' ; I id=2,u=1,v='b' ; U id=2,u=1,v='b' > id=2,u=1,v='c' "
                    + "| D {id=1, u=1, v=a} #1 ; I {id=2, u=1, v=c} #3",
    })
    void windows(String in, String out) {
        assertThat(Jobs.print(compactor.compact(Jobs.parse(Tables.PK_UK, in)))).isEqualTo(out.trim());
    }
}
