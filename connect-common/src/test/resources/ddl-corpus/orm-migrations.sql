--@ default: ddl

CREATE TABLE `schema_migrations` (`version` varchar(255) NOT NULL PRIMARY KEY)

CREATE TABLE `ar_internal_metadata` (`key` varchar(255) NOT NULL PRIMARY KEY, `value` varchar(255), `created_at` datetime(6) NOT NULL, `updated_at` datetime(6) NOT NULL)

CREATE TABLE `users` (`id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, `email` varchar(255) DEFAULT '' NOT NULL, `encrypted_password` varchar(255) DEFAULT '' NOT NULL, `reset_password_token` varchar(255), `created_at` datetime(6) NOT NULL, `updated_at` datetime(6) NOT NULL)

CREATE UNIQUE INDEX `index_users_on_email` ON `users` (`email`)

ALTER TABLE `users` ADD `admin` tinyint(1) DEFAULT FALSE NOT NULL

ALTER TABLE `posts` ADD CONSTRAINT `fk_rails_5b5ddfd518` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)

ALTER TABLE `posts` RENAME INDEX `index_posts_on_user_id` TO `index_posts_on_author_id`

CREATE TABLE `django_migrations` (`id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY, `app` varchar(255) NOT NULL, `name` varchar(255) NOT NULL, `applied` datetime(6) NOT NULL)

CREATE TABLE `auth_user` (`id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY, `password` varchar(128) NOT NULL, `last_login` datetime(6) NULL, `is_superuser` bool NOT NULL, `username` varchar(150) NOT NULL UNIQUE)

ALTER TABLE `auth_user` ADD COLUMN `phone` varchar(20) DEFAULT '' NOT NULL

ALTER TABLE `auth_user` ALTER COLUMN `phone` DROP DEFAULT

ALTER TABLE `polls_choice` ADD CONSTRAINT `polls_choice_question_id_c5b4b260_fk_polls_question_id` FOREIGN KEY (`question_id`) REFERENCES `polls_question` (`id`)

CREATE INDEX `polls_choice_question_id_c5b4b260` ON `polls_choice` (`question_id`)

ALTER TABLE `app_item` MODIFY `price` numeric(10, 2) NOT NULL

ALTER TABLE `app_item` RENAME COLUMN `cost` TO `price`

create table `migrations` (`id` int unsigned not null auto_increment primary key, `migration` varchar(255) not null, `batch` int not null) default character set utf8mb4 collate 'utf8mb4_unicode_ci'

alter table `users` add unique `users_email_unique`(`email`)

alter table `users` add `remember_token` varchar(100) null after `password`

alter table `orders` add constraint `orders_user_id_foreign` foreign key (`user_id`) references `users` (`id`) on delete cascade

alter table `orders` drop foreign key `orders_user_id_foreign`

alter table `users` drop `remember_token`

create table `personal_access_tokens` (`id` bigint unsigned not null auto_increment primary key, `tokenable_type` varchar(255) not null, `tokenable_id` bigint unsigned not null, `abilities` text null, `last_used_at` timestamp null, `expires_at` timestamp null, `created_at` timestamp null, `updated_at` timestamp null) default character set utf8mb4 collate 'utf8mb4_unicode_ci'

alter table `personal_access_tokens` add index `personal_access_tokens_tokenable_type_tokenable_id_index`(`tokenable_type`, `tokenable_id`)

CREATE TABLE `flyway_schema_history` (
    `installed_rank` INT NOT NULL,
    `version` VARCHAR(50),
    `description` VARCHAR(200) NOT NULL,
    `type` VARCHAR(20) NOT NULL,
    `script` VARCHAR(1000) NOT NULL,
    `checksum` INT,
    `installed_by` VARCHAR(100) NOT NULL,
    `installed_on` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    `execution_time` INT NOT NULL,
    `success` BOOL NOT NULL,
    CONSTRAINT `flyway_schema_history_pk` PRIMARY KEY (`installed_rank`)
) ENGINE=InnoDB

CREATE INDEX `flyway_schema_history_s_idx` ON `flyway_schema_history` (`success`)

CREATE TABLE DATABASECHANGELOGLOCK (ID INT NOT NULL, `LOCKED` TINYINT(1) NOT NULL, LOCKGRANTED datetime NULL, LOCKEDBY VARCHAR(255) NULL, CONSTRAINT PK_DATABASECHANGELOGLOCK PRIMARY KEY (ID))

ALTER TABLE customer ADD COLUMN loyalty_points INT DEFAULT 0 NOT NULL

create table hibernate_sequence (next_val bigint) engine=InnoDB

create table book (id bigint not null, published_on date, title varchar(255), author_id bigint, primary key (id)) engine=InnoDB

alter table book add constraint FKklnrv3weler2ftkweewlky958 foreign key (author_id) references author (id)

CREATE TABLE `Post` (`id` INTEGER NOT NULL AUTO_INCREMENT, `title` VARCHAR(191) NOT NULL, `published` BOOLEAN NOT NULL DEFAULT false, `authorId` INTEGER NULL, PRIMARY KEY (`id`)) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci

ALTER TABLE `Post` ADD CONSTRAINT `Post_authorId_fkey` FOREIGN KEY (`authorId`) REFERENCES `User`(`id`) ON DELETE SET NULL ON UPDATE CASCADE

CREATE TABLE `goose_db_version` (id serial NOT NULL, version_id bigint NOT NULL, is_applied boolean NOT NULL, tstamp timestamp NULL default now(), PRIMARY KEY(id))

ALTER TABLE `accounts` ADD COLUMN `settings` JSON NULL AFTER `name`, ADD COLUMN `deleted_at` DATETIME NULL DEFAULT NULL

ALTER TABLE `accounts` DROP COLUMN `legacy_id`, DROP INDEX `idx_legacy_id`

CREATE TABLE IF NOT EXISTS `sessions` (`id` VARCHAR(255) NOT NULL, `user_id` BIGINT UNSIGNED NULL, `payload` LONGTEXT NOT NULL, `last_activity` INT NOT NULL, PRIMARY KEY (`id`), INDEX `sessions_user_id_index` (`user_id`), INDEX `sessions_last_activity_index` (`last_activity`))
