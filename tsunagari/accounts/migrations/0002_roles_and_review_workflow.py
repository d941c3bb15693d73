"""Create the staff roles and the catalog's moderation workflow (審査)."""

from django.db import migrations

ROLE_PERMISSIONS = {
    "National editors": ("add_service", "change_service", "delete_service", "publish_service",
                         "lock_service", "unlock_service"),
    "Municipal editors": ("add_service", "change_service"),
    "NPO editors": ("add_service", "change_service"),
    "Reviewers": ("change_service", "publish_service"),
}


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    service_type, _ = ContentType.objects.get_or_create(app_label="catalog", model="service")
    admin_type, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_admin, _ = Permission.objects.get_or_create(
        content_type=admin_type, codename="access_admin",
        defaults={"name": "Can access Wagtail admin"},
    )
    groups = {}
    for name, codenames in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        for codename in codenames:
            permission, _ = Permission.objects.get_or_create(
                content_type=service_type, codename=codename,
                defaults={"name": f"Can {codename.replace('_', ' ')}"},
            )
            group.permissions.add(permission)
        groups[name] = group
    create_workflow(apps, groups["Reviewers"], service_type)


def create_workflow(apps, reviewers, service_type):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    ContentType = apps.get_model("contenttypes", "ContentType")
    task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task = GroupApprovalTask.objects.filter(name="Catalog review").first()
    if task is None:
        task = GroupApprovalTask.objects.create(name="Catalog review", content_type=task_type)
    task.groups.add(reviewers)
    workflow, _ = Workflow.objects.get_or_create(name="Catalog review")
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowContentType.objects.update_or_create(
        content_type=service_type, defaults={"workflow": workflow}
    )


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("catalog", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
