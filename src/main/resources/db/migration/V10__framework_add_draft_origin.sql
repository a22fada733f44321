-- The framework editor makes a new draft by copying a published (or retired) version: the library
-- and the draft say which one, so that an admin knows what the draft started from.
alter table framework_version
    add column based_on_id bigint references framework_version (id);

-- Where a published version came from is part of its record, like its texts: frozen too.
create or replace function refuse_change_to_published_version() returns trigger
    language plpgsql as
$$
begin
    if old.status <> 'DRAFT' then
        if new.label is distinct from old.label
            or new.framework_id is distinct from old.framework_id
            or new.description_fr is distinct from old.description_fr
            or new.description_en is distinct from old.description_en
            or new.source_fr is distinct from old.source_fr
            or new.source_en is distinct from old.source_en
            or new.published_at is distinct from old.published_at
            or new.based_on_id is distinct from old.based_on_id
            or (new.status = 'DRAFT') then
            raise exception 'framework version % is published and cannot change', old.id
                using errcode = 'check_violation';
        end if;
    end if;
    return new;
end
$$;

-- Only a draft can be deleted: a published or retired version stays in the library for good.
create function refuse_delete_of_published_version() returns trigger
    language plpgsql as
$$
begin
    if old.status <> 'DRAFT' then
        raise exception 'framework version % is published and cannot be deleted', old.id
            using errcode = 'check_violation';
    end if;
    return old;
end
$$;

create trigger framework_version_kept_when_published
    before delete on framework_version
    for each row execute function refuse_delete_of_published_version();
