package io.dmconnect.sink.tidb.dml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DM's causality keys (causality.go CausalityKeys), golden text; keys are listed ' ++ '-separated. */
class CausalityKeysTest {
    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiterString = "&&", value = {
            // every unique key of both images, before first, each once
            Tables.PK_UK + " && U id=1,u=2,v='a' > id=1,u=3,v='a' && `db`.`t`|`id`|n1; ++ `db`.`t`|`u`|n2; ++ `db`.`t`|`u`|n3;",
            Tables.PK_UK + " && U id=1,u=2,v='a' > id=1,u=2,v='b' && `db`.`t`|`id`|n1; ++ `db`.`t`|`u`|n2;",
            // a key with a NULL gives nothing (DM still keys the non-NULL columns of it)
            Tables.PK_UK + " && I id=1,u=null,v='a'                && `db`.`t`|`id`|n1;",
            "CREATE TABLE t (x INT, y INT, v INT, UNIQUE KEY uxy (x, y)) && I x=1,y=null,v=2 && `db`.`t`|*|`x`=n1;`y`=N`v`=n2;",
            // no key with values: the whole row
            Tables.KEYLESS + " && I a=1,b=null                      && `db`.`t`|*|`a`=n1;`b`=N",
            Tables.NULL_UKS + " && U x=null,y=null,v=1 > x=null,y=5,v=1 && `db`.`t`|*|`x`=N`y`=N`v`=n1; ++ `db`.`t`|`y`|n5;",
            // composite key; case folded and trailing spaces dropped for a non-binary collation
            Tables.COMPOSITE + " && I a=1,b='Ab ',v=1               && `db`.`t`|`a`,`b`|n1;s2:ab",
            // _bin: case and accents count, trailing spaces still do not (PAD SPACE)
            "CREATE TABLE t (k VARCHAR(10) COLLATE utf8mb4_bin PRIMARY KEY) && I k='Ab ' && `db`.`t`|`k`|s2:Ab",
            // accents and ß folded for a _ci collation
            "CREATE TABLE t (k VARCHAR(10) COLLATE utf8mb4_general_ci PRIMARY KEY) && I k='Straße É' && `db`.`t`|`k`|s9:strasse e",
            // binary strings are compared byte for byte: no case folding
            "CREATE TABLE t (k VARBINARY(10) PRIMARY KEY) && I k=x'6142' && `db`.`t`|`k`|x2:aB",
            // TEXT/BLOB keys are always prefix indexes of a length the schema does not carry: first character only
            "CREATE TABLE t (id INT PRIMARY KEY, d TEXT, UNIQUE KEY ud (d(10))) && I id=1,d='Hello' && `db`.`t`|`id`|n1; ++ `db`.`t`|`d`|s1:h",
            // numbers by value: DECIMAL scale, BIGINT UNSIGNED beyond Long
            "CREATE TABLE t (d DECIMAL(10,2) PRIMARY KEY) && I d=1.50 && `db`.`t`|`d`|n1.5;",
            "CREATE TABLE t (d DECIMAL(10,2) PRIMARY KEY) && I d=2.00 && `db`.`t`|`d`|n2;",
            // table names folded to lower case (TiDB compares them case-insensitively)
            "CREATE TABLE Tab (id INT PRIMARY KEY) && I id=1 && `db`.`tab`|`id`|n1;",
    })
    void keys(String table, String change, String keys) {
        assertThat(CausalityKeys.of(Tables.change(table, change))).containsExactly(keys.trim().split(" \\+\\+ "));
    }
}
