package maxwell.ui.editor;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * A list of contained objects (domains, partitions, estimators) as a table whose cells edit in
 * place; Add and Remove go through the command stack like every other edit.
 */
final class ChildTable {

    /** One column: a feature of the child objects and its width. */
    record Column(EAttribute feature, String title, int width) {
    }

    private final TableViewer viewer;
    private final ExperimentDocument document;
    private final EObject owner;
    private final EReference list;
    private final java.util.function.Predicate<EObject> hasError;

    ChildTable(FormToolkit toolkit, Composite parent, ExperimentDocument document, FieldRegistry registry, String pageId,
            EObject owner, EReference list, List<Column> columns, Supplier<EObject> newChild,
            java.util.function.Predicate<EObject> hasError) {
        this.hasError = hasError;
        this.document = document;
        this.owner = owner;
        this.list = list;
        Composite area = toolkit.createComposite(parent);
        toolkit.paintBordersFor(area);
        area.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        area.setLayout(new GridLayout(2, false));

        Table table = toolkit.createTable(area, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        GridData tableLayout = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableLayout.heightHint = 120;
        table.setLayoutData(tableLayout);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData(FieldNames.KEY, FieldNames.of(owner, list));
        viewer = new TableViewer(table);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        for (Column column : columns) {
            addColumn(column, column == columns.get(0));
        }
        TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer),
                ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
        viewer.setInput(owner.eGet(list));
        registry.register(owner, list, pageId, table);
        registry.registerViewer(viewer);

        Composite buttons = toolkit.createComposite(area);
        buttons.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        buttons.setLayout(new GridLayout(1, true));
        Button add = toolkit.createButton(buttons, "Add", SWT.PUSH);
        add.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        add.addListener(SWT.Selection, event -> execute(AddCommand.create(document.domain(), owner, list, newChild.get())));
        Button remove = toolkit.createButton(buttons, "Remove", SWT.PUSH);
        remove.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        remove.addListener(SWT.Selection, event -> {
            IStructuredSelection selection = viewer.getStructuredSelection();
            if (!selection.isEmpty()) {
                execute(DeleteCommand.create(document.domain(), selection.toList()));
            }
        });
        remove.setEnabled(false);
        viewer.addSelectionChangedListener(event -> remove.setEnabled(!event.getSelection().isEmpty()));
    }

    TableViewer viewer() {
        return viewer;
    }

    private void execute(Command command) {
        if (command.canExecute()) {
            document.commandStack().execute(command);
            viewer.setInput(owner.eGet(list));
        }
    }

    private void addColumn(Column column, boolean marksErrors) {
        TableViewerColumn tableColumn = new TableViewerColumn(viewer, SWT.LEFT);
        tableColumn.getColumn().setText(column.title());
        tableColumn.getColumn().setWidth(column.width());
        tableColumn.getColumn().setToolTipText(FieldBinder.documentation(column.feature()));
        boolean isEnum = column.feature().getEAttributeType() instanceof EEnum;
        TextFormats format = TextFormats.of(column.feature());
        tableColumn.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                Object value = ((EObject) element).eGet(column.feature());
                return isEnum ? TextFormats.words(((Enumerator) value).getName()) : format.format(value);
            }

            @Override
            public org.eclipse.swt.graphics.Image getImage(Object element) {
                return marksErrors && hasError.test((EObject) element) ? org.eclipse.ui.PlatformUI.getWorkbench()
                        .getSharedImages().getImage(org.eclipse.ui.ISharedImages.IMG_OBJS_ERROR_TSK) : null;
            }
        });
        tableColumn.setEditingSupport(new EditingSupport(viewer) {
            @Override
            protected CellEditor getCellEditor(Object element) {
                if (isEnum) {
                    ComboBoxViewerCellEditor editor = new ComboBoxViewerCellEditor(viewer.getTable(), SWT.READ_ONLY);
                    editor.setContentProvider(ArrayContentProvider.getInstance());
                    editor.setLabelProvider(LabelProvider
                            .createTextProvider(value -> TextFormats.words(((Enumerator) value).getName())));
                    editor.setInput(((EEnum) column.feature().getEAttributeType()).getELiterals().stream()
                            .map(EEnumLiteral::getInstance).toList());
                    return editor;
                }
                TextCellEditor editor = new TextCellEditor(viewer.getTable());
                editor.setValidator(value -> format.problemWith((String) value));
                return editor;
            }

            @Override
            protected boolean canEdit(Object element) {
                return true;
            }

            @Override
            protected Object getValue(Object element) {
                Object value = ((EObject) element).eGet(column.feature());
                return isEnum ? value : format.format(value);
            }

            @Override
            protected void setValue(Object element, Object value) {
                Object modelValue;
                if (isEnum) {
                    modelValue = value;
                } else if (value == null || format.problemWith((String) value) != null) {
                    return; // the cell editor showed why; the model keeps its value
                } else {
                    modelValue = format.parse((String) value);
                }
                if (modelValue == null || modelValue.equals(((EObject) element).eGet(column.feature()))) {
                    return;
                }
                execute(new org.eclipse.emf.common.command.CommandWrapper(CommandValueProperty.labelOf(column.feature()), null,
                        SetCommand.create(document.domain(), element, column.feature(), modelValue)));
            }
        });
    }
}
