package io.dmconnect.common.rules.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Date and time functions with MySQL's results (many rows are the MySQL manual's examples). The clock is fixed at
 * 2024-03-15 10:20:30.123456 UTC.
 */
class DateTimeFunctionsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "NOW()                                         | 2024-03-15 10:20:30",
            "NOW(6)                                        | 2024-03-15 10:20:30.123456",
            "NOW(3) > NOW()                                | 1",
            "CURRENT_TIMESTAMP                             | 2024-03-15 10:20:30",
            "CURRENT_TIMESTAMP()                           | 2024-03-15 10:20:30",
            "LOCALTIME                                     | 2024-03-15 10:20:30",
            "SYSDATE()                                     | 2024-03-15 10:20:30",
            "CURDATE()                                     | 2024-03-15",
            "CURRENT_DATE                                  | 2024-03-15",
            "CURTIME()                                     | 10:20:30",
            "CURRENT_TIME                                  | 10:20:30",
            "NOW() - INTERVAL 1 DAY                        | 2024-03-14 10:20:30",
            "NOW() > '2024-01-01'                          | 1",
            "DATE(NOW()) = CURDATE()                       | 1",
            "UNIX_TIMESTAMP()                              | 1710498030",
            "UNIX_TIMESTAMP() = UNIX_TIMESTAMP(NOW())      | 1",
            "DATE('2003-12-31 01:02:03')                   | 2003-12-31",
            "DATE('bad')                                   | NULL",
            "DATE(NULL)                                    | NULL",
            "TIME('2003-12-31 01:02:03')                   | 01:02:03",
            "TIME('10:00')                                 | 10:00:00",
            "YEAR('1987-01-01')                            | 1987",
            "YEAR(20210601)                                | 2021",
            "MONTH('2008-02-03')                           | 2",
            "MONTH('2021-13-01')                           | NULL",
            "DAY('2007-02-03')                             | 3",
            "DAYOFMONTH('2007-02-03')                      | 3",
            "HOUR('10:05:03')                              | 10",
            "HOUR('272:59:59')                             | 272",
            "MINUTE('2008-02-03 10:05:03')                 | 5",
            "SECOND('10:05:03')                            | 3",
            "MICROSECOND('12:00:00.123456')                | 123456",
            "DAYOFWEEK('2007-02-03')                       | 7",
            "WEEKDAY('2008-02-03 22:23:00')                | 6",
            "DAYOFYEAR('2007-02-03')                       | 34",
            "QUARTER('2008-04-01')                         | 2",
            "YEAR(NULL)                                    | NULL",
    })
    void partsAndNow(String expression, String expected) {
        assertThat(Eval.eval(expression)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "DATE_FORMAT('2009-10-04 22:23:00', '%W %M %Y')                         | Sunday October 2009",
            "DATE_FORMAT('2007-10-04 22:23:00', '%H:%i:%s')                         | 22:23:00",
            "DATE_FORMAT('1900-10-04 22:23:00', '%D %y %a %d %m %b %j')             | 4th 00 Thu 04 10 Oct 277",
            "DATE_FORMAT('2021-06-01 13:05:09.5', '%r %T %p %f %e %c %k %l %h %%')  | 01:05:09 PM 13:05:09 PM 500000 1 6 13 1 01 %",
            "DATE_FORMAT('2021-06-22', '%D %w %Q')                                  | 22nd 2 Q",
            "DATE_FORMAT(NULL, '%Y')                                                | NULL",
            "STR_TO_DATE('01,5,2013', '%d,%m,%Y')                                   | 2013-05-01",
            "STR_TO_DATE('May 1, 2013', '%M %d,%Y')                                 | 2013-05-01",
            "STR_TO_DATE('a09:30:17', 'a%h:%i:%s')                                  | 09:30:17",
            "STR_TO_DATE('a09:30:17', '%h:%i:%s')                                   | NULL",
            "STR_TO_DATE('09:30:17a', '%h:%i:%s')                                   | 09:30:17",
            "STR_TO_DATE('2021-06-01 13:05:09', '%Y-%m-%d %H:%i:%s')                | 2021-06-01 13:05:09",
            "STR_TO_DATE('2021-02-30', '%Y-%m-%d')                                  | NULL",
            "STR_TO_DATE('2021', '%Y')                                              | NULL",
            "STR_TO_DATE('01:05:09 PM', '%r')                                       | 13:05:09",
            "STR_TO_DATE('Jan 5 21', '%b %e %y')                                    | 2021-01-05",
            "STR_TO_DATE(NULL, '%Y')                                                | NULL",
            "UNIX_TIMESTAMP('2015-11-13 10:20:19')                                  | 1447410019",
            "UNIX_TIMESTAMP('2015-11-13 10:20:19.012')                              | 1447410019.012000",
            "UNIX_TIMESTAMP('1969-12-31 23:59:59')                                  | 0",
            "UNIX_TIMESTAMP(NULL)                                                   | NULL",
            "FROM_UNIXTIME(1447430881)                                              | 2015-11-13 16:08:01",
            "FROM_UNIXTIME(1447430881, '%Y %D %M %h:%i:%s')                         | 2015 13th November 04:08:01",
            "FROM_UNIXTIME(1.5)                                                     | 1970-01-01 00:00:01.500000",
            "FROM_UNIXTIME(-1)                                                      | NULL",
            "FROM_UNIXTIME(NULL)                                                    | NULL",
            "TIMESTAMPDIFF(MONTH, '2003-02-01', '2003-05-01')                       | 3",
            "TIMESTAMPDIFF(YEAR, '2002-05-01', '2001-01-01')                        | -1",
            "TIMESTAMPDIFF(MINUTE, '2003-02-01', '2003-05-01 12:05:55')             | 128885",
            "TIMESTAMPDIFF(MONTH, '2021-01-31', '2021-02-28')                       | 0",
            "TIMESTAMPDIFF(DAY, '2021-01-01 12:00:00', '2021-01-02 11:59:59')       | 0",
            "TIMESTAMPDIFF(WEEK, '2021-01-01', '2021-01-15')                        | 2",
            "TIMESTAMPDIFF(QUARTER, '2021-01-01', '2021-07-01')                     | 2",
            "TIMESTAMPDIFF(SECOND, '2021-01-01', NULL)                              | NULL",
            "DATEDIFF('2007-12-31 23:59:59', '2007-12-30')                          | 1",
            "DATEDIFF('2010-11-30 23:59:59', '2010-12-31')                          | -31",
            "DATEDIFF(NULL, '2010-12-31')                                           | NULL",
            "EXTRACT(YEAR FROM '2019-07-02')                                        | 2019",
            "EXTRACT(YEAR_MONTH FROM '2019-07-02 01:02:03')                         | 201907",
            "EXTRACT(HOUR FROM '2019-07-02 01:02:03')                               | 1",
            "EXTRACT(MICROSECOND FROM '2003-01-02 10:30:00.000123')                 | 123",
    })
    void formattingAndDifferences(String expression, String expected) {
        assertThat(Eval.eval(expression)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "DATE_ADD('2018-05-01', INTERVAL 1 DAY)                                        | 2018-05-02",
            "DATE_SUB('2018-05-01', INTERVAL 1 YEAR)                                       | 2017-05-01",
            "DATE_ADD('2020-12-31 23:59:59', INTERVAL 1 SECOND)                            | 2021-01-01 00:00:00",
            "DATE_ADD('2018-12-31 23:59:59', INTERVAL 1 DAY)                               | 2019-01-01 23:59:59",
            "DATE_ADD('2100-12-31 23:59:59', INTERVAL '1:1' MINUTE_SECOND)                 | 2101-01-01 00:01:00",
            "DATE_SUB('2025-01-01 00:00:00', INTERVAL '1 1:1:1' DAY_SECOND)                | 2024-12-30 22:58:59",
            "DATE_ADD('1900-01-01 00:00:00', INTERVAL '-1 10' DAY_HOUR)                    | 1899-12-30 14:00:00",
            "DATE_SUB('1998-01-02', INTERVAL 31 DAY)                                       | 1997-12-02",
            "DATE_ADD('1992-12-31 23:59:59.000002', INTERVAL '1.999999' SECOND_MICROSECOND) | 1993-01-01 00:00:01.000001",
            "DATE_ADD('2024-03-31', INTERVAL 1 MONTH)                                      | 2024-04-30",
            "DATE_ADD('2024-01-31', INTERVAL '1-1' YEAR_MONTH)                             | 2025-02-28",
            "DATE_ADD(DATE '2021-01-01', INTERVAL 1 HOUR)                                  | 2021-01-01 01:00:00",
            "DATE_ADD(DATE '2021-01-01', INTERVAL 2 WEEK)                                  | 2021-01-15",
            "DATE_ADD('2021-01-01', INTERVAL 1.5 SECOND)                                   | 2021-01-01 00:00:01.500000",
            "DATE_ADD(TIME '10:00:00', INTERVAL 30 MINUTE)                                 | 10:30:00",
            "'2008-12-31 23:59:59' + INTERVAL 1 SECOND                                     | 2009-01-01 00:00:00",
            "INTERVAL 1 DAY + '2008-12-31'                                                 | 2009-01-01",
            "'2005-01-01' - INTERVAL 1 SECOND                                              | 2004-12-31 23:59:59",
            "DATE '2021-06-01' + INTERVAL 1 QUARTER                                        | 2021-09-01",
            "ADDDATE('2008-01-02', 31)                                                     | 2008-02-02",
            "ADDDATE('2008-01-02', INTERVAL 31 DAY)                                        | 2008-02-02",
            "SUBDATE('2008-01-02', 31)                                                     | 2007-12-02",
            "DATE_ADD(NULL, INTERVAL 1 DAY)                                                | NULL",
            "DATE_ADD('2021-01-01', INTERVAL NULL DAY)                                     | NULL",
            "DATE_ADD('9999-12-31', INTERVAL 1 DAY)                                        | NULL",
            "DATE_ADD('not a date', INTERVAL 1 DAY)                                        | NULL",
    })
    void intervalArithmetic(String expression, String expected) {
        assertThat(Eval.eval(expression)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} in {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "NOW()                                  | Asia/Shanghai | 2024-03-15 18:20:30",
            "CURDATE()                              | Pacific/Kiritimati | 2024-03-16",
            "UNIX_TIMESTAMP('2024-03-15 18:20:30')  | Asia/Shanghai | 1710498030",
            "FROM_UNIXTIME(0)                       | Asia/Shanghai | 1970-01-01 08:00:00",
            "FROM_UNIXTIME(0)                       | UTC           | 1970-01-01 00:00:00",
    })
    void sessionTimeZone(String expression, String zone, String expected) {
        assertThat(Eval.eval(expression, Map.of(), null, ZoneId.of(zone))).isEqualTo(expected);
    }
}
