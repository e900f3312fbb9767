--@ default: ddl

CREATE TABLE `shop`.`_orders_gho` LIKE `shop`.`orders`

ALTER TABLE `shop`.`_orders_gho` ADD COLUMN `note` VARCHAR(255) NULL

ALTER /* gh-ost */ TABLE `shop`.`_orders_gho` add column note varchar(255) null, add index idx_note (note)

CREATE /* gh-ost */ TABLE `shop`.`_orders_ghc` (
			id bigint auto_increment,
			last_update timestamp not null DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
			hint varchar(64) charset ascii not null,
			value varchar(4096) charset ascii not null,
			primary key(id),
			unique key hint_uidx(hint)
		) auto_increment=256

--@ pieces: 2
RENAME /* gh-ost */ TABLE `shop`.`orders` TO `shop`.`_orders_del`, `shop`.`_orders_gho` TO `shop`.`orders`

DROP /* gh-ost */ TABLE IF EXISTS `shop`.`_orders_del`

DROP /* gh-ost */ TABLE IF EXISTS `shop`.`_orders_ghc`

CREATE TABLE `shop`.`_orders_new` LIKE `shop`.`orders`

ALTER TABLE `shop`.`_orders_new` ADD COLUMN note VARCHAR(255)

--@ pieces: 2
RENAME TABLE `shop`.`orders` TO `shop`.`_orders_old`, `shop`.`_orders_new` TO `shop`.`orders`

DROP TABLE IF EXISTS `shop`.`_orders_old`

--@ expect: skipped
CREATE TRIGGER `pt_osc_shop_orders_ins` AFTER INSERT ON `shop`.`orders` FOR EACH ROW REPLACE INTO `shop`.`_orders_new` (`id`, `total`) VALUES (NEW.`id`, NEW.`total`)

--@ expect: skipped
CREATE DEFINER=`root`@`localhost` TRIGGER `pt_osc_shop_orders_del` AFTER DELETE ON `shop`.`orders` FOR EACH ROW DELETE IGNORE FROM `shop`.`_orders_new` WHERE `shop`.`_orders_new`.`id` <=> OLD.`id`

--@ expect: skipped
DROP TRIGGER IF EXISTS `shop`.`pt_osc_shop_orders_ins`

--@ expect: notddl
INSERT LOW_PRIORITY IGNORE INTO `shop`.`_orders_new` (`id`, `total`) SELECT `id`, `total` FROM `shop`.`orders` FORCE INDEX(`PRIMARY`) WHERE ((`id` >= '1')) AND ((`id` <= '1000')) LOCK IN SHARE MODE

--@ expect: notddl
INSERT /* gh-ost `shop`.`orders` */ ignore into `shop`.`_orders_gho` (`id`, `total`) (select `id`, `total` from `shop`.`orders` force index (`PRIMARY`) where (((`id` > _binary'1') or ((`id` = _binary'1'))) and ((`id` < _binary'100') or ((`id` = _binary'100')))) lock in share mode)

--@ expect: notddl
replace /* gh-ost `shop`.`_orders_ghc` */ into `shop`.`_orders_ghc` (id, hint, value) values (NULLIF(2, 0), 'state', 'migrating')

--@ expect: skipped
ANALYZE TABLE `shop`.`orders`

--@ expect: notddl
LOCK TABLES `shop`.`orders` WRITE, `shop`.`_orders_del` WRITE

--@ expect: notddl
UNLOCK TABLES

ALTER TABLE `shop`.`orders` ENGINE=InnoDB
