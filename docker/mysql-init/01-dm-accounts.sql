-- DM's accounts: the source connector's (upstream privileges) on each shard.
CREATE USER 'dm_source'@'%' IDENTIFIED BY 'dm_source_pw';
GRANT SELECT, RELOAD, LOCK TABLES, REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO 'dm_source'@'%';
